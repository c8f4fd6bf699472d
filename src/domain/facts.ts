/** What the conversation has told us about the problem; each known fact is one follow-up question fewer. */
export interface Facts {
  scenario?: string;
  network?: string;
  place?: 'home' | 'office' | 'outside';
  device?: string;
  os?: string;
  region?: string;
  time?: string;
  callId?: string;
}

export const FACT_KEYS = ['scenario', 'network', 'place', 'device', 'os', 'region', 'time', 'callId'] as const;
export type FactKey = (typeof FACT_KEYS)[number];

const SCENARIOS: Array<[RegExp, string]> = [
  [/连麦|co-?host|pk\b|live (co-?host|pk|together)/i, 'live co-hosting'],
  [/直播|live ?stream|broadcast/i, 'live streaming'],
  [/语音房|语聊房|voice (chat )?room|audio room/i, 'voice room'],
  [/会议|meeting|conference|webinar/i, 'meeting'],
  [/1v1|一对一|1-on-1|one[- ]on[- ]one|video call|视频通话|语音通话|voice call|\bcall\b/i, '1v1 call'],
  [/课堂|上课|class(room)?|lesson/i, 'online class'],
  [/游戏|game/i, 'in-game voice'],
];

const NETWORKS: Array<[RegExp, string]> = [
  [/\b5g\b|5G/i, '5G'],
  [/\b4g\b|\blte\b|4G/i, '4G'],
  [/wi-?fi|wlan|无线网|家里网|宽带|broadband/i, 'Wi-Fi'],
  [/\bvpn\b|代理|翻墙/i, 'VPN'],
  [/ethernet|有线|网线/i, 'wired'],
  [/移动数据|流量|mobile data|cellular/i, 'mobile data'],
];

const PLACES: Array<[RegExp, 'home' | 'office' | 'outside']> = [
  [/在家|家里|at home|\bhome\b/i, 'home'],
  [/公司|办公室|office|at work/i, 'office'],
  [/户外|外面|路上|地铁|outside|outdoors|on the (road|train|subway|go)|commut/i, 'outside'],
];

const DEVICES =
  /\b(iphone\s?\d{1,2}(\s?(pro max|pro|plus|mini))?|ipad( pro| air| mini)?|pixel\s?\d+a?( pro)?|(samsung\s)?galaxy\s?[a-z]?\d+[a-z+]*( ultra| plus)?|samsung\s?[a-z]?\d+|huawei\s?[a-z]*\s?\d+( pro)?|mate\s?\d+( pro)?|p\d{2}( pro)?|xiaomi\s?\d+|redmi\s?[a-z]*\s?\d+|oppo\s?[a-z]*\s?\d+|vivo\s?[a-z]*\s?\d+|oneplus\s?\d+|honor\s?\d+|macbook( pro| air)?)\b|(华为|小米|红米|荣耀|苹果|三星|oppo|vivo|一加)\s?[a-z]*\s?\d+\s?(pro|max|plus)?/i;

const OSES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/\bios\s?(\d+(\.\d+)?)/i, (m) => `iOS ${m[1]}`],
  [/\bandroid\s?(\d+)/i, (m) => `Android ${m[1]}`],
  [/鸿蒙|harmony ?os/i, () => 'HarmonyOS'],
  [/windows\s?(\d+)/i, (m) => `Windows ${m[1]}`],
  [/mac ?os\s?(\d+)?/i, (m) => (m[1] ? `macOS ${m[1]}` : 'macOS')],
  [/\bios\b/i, () => 'iOS'],
  [/\bandroid\b|安卓/i, () => 'Android'],
];

const REGIONS =
  /(北京|上海|广州|深圳|杭州|成都|重庆|武汉|西安|南京|天津|香港|台湾|新加坡|印尼|雅加达|马来西亚|泰国|越南|菲律宾|印度|中东|迪拜|沙特|巴西|美国|欧洲|日本|韩国|东南亚)|\b(beijing|shanghai|guangzhou|shenzhen|hangzhou|chengdu|hong kong|taiwan|singapore|indonesia|jakarta|malaysia|thailand|vietnam|philippines|manila|india|mumbai|dubai|saudi|riyadh|brazil|são paulo|sao paulo|mexico|us east|us west|europe|frankfurt|london|japan|tokyo|korea|seoul|southeast asia|middle east|latam)\b/i;

const TIMES =
  /(今天|昨天|昨晚|今早|今晚|刚才|上午|下午|晚上)\s*\d{0,2}\s*[点:：]?\s*\d{0,2}\s*(左右)?|\b\d{1,2}(:\d{2})?\s?(am|pm)\b|\b\d{1,2}:\d{2}\b|\b(today|yesterday|this morning|this afternoon|tonight|last night|just now) ?(at \d{1,2}(:\d{2})?\s?(am|pm)?)?|\b\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?/i;

const CALL_ID =
  /(?:call|channel|room|session|meeting)[\s_-]?(?:id|name|no\.?|number)?\s*[:：#=]?\s*([A-Za-z0-9_-]{4,64})|(?:房间号|频道号|频道名|通话id|通话ID|房间ID|房间id|频道ID|频道id)\s*[:：]?\s*([A-Za-z0-9_-]{3,64})/i;

function first<T>(text: string, table: Array<[RegExp, T]>): T | undefined {
  return table.find(([re]) => re.test(text))?.[1];
}

/** Pulls facts out of the text; facts already known are kept (the customer said them first). */
export function extractFacts(text: string, known: Facts = {}): Facts {
  const facts: Facts = { ...known };
  facts.scenario ??= first(text, SCENARIOS);
  facts.network ??= first(text, NETWORKS);
  facts.place ??= first(text, PLACES);
  facts.device ??= text.match(DEVICES)?.[0]?.trim();
  // An iPhone or iPad runs iOS; the version may still be worth asking.
  if (!facts.os && facts.device && /iphone|ipad|苹果/i.test(facts.device)) facts.os = 'iOS';
  if (!facts.os) {
    for (const [re, label] of OSES) {
      const m = text.match(re);
      if (m) {
        facts.os = label(m);
        break;
      }
    }
  }
  facts.region ??= text.match(REGIONS)?.[0];
  facts.time ??= text.match(TIMES)?.[0]?.trim() || undefined;
  const callMatch = text.match(CALL_ID);
  const callId = callMatch?.[1] ?? callMatch?.[2];
  // Words like "call keeps dropping" must not count as an id: require a digit in it.
  if (callId && /\d/.test(callId)) facts.callId ??= callId;
  for (const key of FACT_KEYS) if (facts[key] === undefined) delete facts[key];
  return facts;
}

/** Follow-up topics still open, in the order an agent would ask them. */
export type FollowUpTopic =
  | 'scenario'
  | 'network'
  | 'place'
  | 'device'
  | 'os'
  | 'timeAndRegion'
  | 'time'
  | 'region'
  | 'callId';

/** One question per missing thing, merged where a person would ask both at once. */
export function missingTopics(facts: Facts): FollowUpTopic[] {
  const missing: FollowUpTopic[] = [];
  if (!facts.scenario) missing.push('scenario');
  if (!facts.network) missing.push('network');
  else if (!facts.place) missing.push('place');
  if (!facts.device) missing.push('device');
  else if (!facts.os) missing.push('os');
  if (!facts.time && !facts.region) missing.push('timeAndRegion');
  else if (!facts.time) missing.push('time');
  else if (!facts.region) missing.push('region');
  if (!facts.callId) missing.push('callId');
  return missing;
}
