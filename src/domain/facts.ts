import { anyOf, matchesOf } from './patterns.js';

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

/**
 * Only the first 4,000 characters of a message are read, like classification (src/domain/classify.ts):
 * the customer's own description comes first, and a pasted log after it is full of channel names, times
 * and versions that are not the facts of this complaint. Each message of a thread is read on its own, so
 * an answer given later in the conversation is still found.
 */
export const FACTS_MAX_CHARS = 4000;
/** A fact is a few words; anything longer read from the text or sent by a model is not one. */
export const FACT_MAX_CHARS = 64;
/** A model's value is looked at up to this length (its schema allows any string). */
const MODEL_VALUE_MAX_CHARS = 200;

// Each scenario in every language we serve; the first that matches wins, so the more specific come first.
const SCENARIOS: Array<[RegExp, string]> = [
  [/连麦|連麥|co-?host|pk\b|live (co-?host|pk|together)|共演|コラボ配信|합방|ライブ共演/i, 'live co-hosting'],
  [
    anyOf(
      'i',
      /直播|live ?stream|broadcast|ライブ配信|配信|라이브|방송|en vivo|transmisi(ó|o)n|\blive\b|siaran langsung/,
      /phát trực tiếp|ไลฟ์|بث مباشر|canlı yayın|en direct|эфир|стрим|трансляц|लाइव/,
    ),
    'live streaming',
  ],
  [
    anyOf(
      'i',
      /语音房|语聊房|語音房|語音聊天室|voice (chat )?room|audio room|ボイスルーム|음성 ?방|sala de voz|phòng thoại|ห้องเสียง/,
      /غرفة صوتية|sesli oda|salon vocal|sprachraum|голосов(ая|ой) комнат/,
    ),
    'voice room',
  ],
  [
    anyOf(
      'i',
      /会议|會議|会議|회의|meeting|conference|webinar|reuni(ó|ã|o)n|rapat|cuộc họp|ประชุม|اجتماع|toplantı|réunion/,
      /besprechung|встреч|совещан|मीटिंग/,
    ),
    'meeting',
  ],
  [
    anyOf(
      'i',
      /1v1|一对一|一對一|1-on-1|one[- ]on[- ]one|video call|视频通话|語音通話|视讯|視訊|语音通话|voice call|\bcall\b|ビデオ通話|通話|통화/,
      /videollamada|llamada|videochamada|chamada|liga(ç|c)(ã|a)o|panggilan|cuộc gọi|วิดีโอคอล|مكالمة/,
      /görüntülü arama|\barama|appel|videoanruf|\banruf|звон|कॉल/,
    ),
    '1v1 call',
  ],
  [
    anyOf(
      'i',
      /课堂|上课|課堂|上課|授業|レッスン|수업|강의|class(room)?|lesson|clase|\baula|kelas|lớp học|คลาส|درس|حصة|محاضر|\bders/,
      /\bcours\b|unterricht|урок|заняти|क्लास/,
    ),
    'online class',
  ],
  [/游戏|遊戲|ゲーム|게임|game|juego|jogo|trò chơi|เกม|لعبة|oyun|\bjeu\b|spiel|игр|गेम/i, 'in-game voice'],
];

const NETWORKS: Array<[RegExp, string]> = [
  [/\b5g\b|5G/i, '5G'],
  [/\b4g\b|\blte\b|4G/i, '4G'],
  [/wi-?fi|wlan|无线网|家里网|宽带|broadband|ไวไฟ|واي ?فاي|вай-?фай/i, 'Wi-Fi'],
  [/\bvpn\b|代理|翻墙/i, 'VPN'],
  [/ethernet|有线|网线/i, 'wired'],
  [
    anyOf(
      'i',
      /移动数据|流量|行動網路|行動數據|モバイルデータ|모바일 ?데이터|mobile data|cellular|datos m(ó|o)viles|dados m(ó|o)veis/,
      /data seluler|dữ liệu di động|เน็ตมือถือ|بيانات الجوال|mobil veri|données mobiles|mobile daten/,
      /мобильн(ый|ого) интернет|मोबाइल डेटा/,
    ),
    'mobile data',
  ],
];

const PLACES: Array<[RegExp, 'home' | 'office' | 'outside']> = [
  [/在家|家里|at home|\bhome\b/i, 'home'],
  [/公司|办公室|office|at work/i, 'office'],
  [/户外|外面|路上|地铁|outside|outdoors|on the (road|train|subway|go)|commut/i, 'outside'],
];

// Every repeat below is bounded ({0,8} letters, {1,3} digits): a run of 40,000 letters after "redmi"
// costs a few steps, not a scan to the end from each starting point.
const DEVICES = anyOf(
  'i',
  /\b(iphone\s?\d{1,2}(\s?(pro max|pro|plus|mini))?|ipad( pro| air| mini)?|pixel\s?\d{1,2}a?( pro)?)\b/,
  /\b((samsung\s)?galaxy\s?[a-z]?\d{1,3}[a-z+]{0,3}( ultra| plus)?|samsung\s?[a-z]?\d{1,3})\b/,
  /\b(huawei\s?[a-z]{0,8}\s?\d{1,3}( pro)?|mate\s?\d{1,3}( pro)?|p\d{2}( pro)?)\b/,
  /\b(xiaomi\s?\d{1,3}|redmi\s?[a-z]{0,8}\s?\d{1,3}|oppo\s?[a-z]{0,8}\s?\d{1,3}|vivo\s?[a-z]{0,8}\s?\d{1,3})\b/,
  /\b(oneplus\s?\d{1,3}|honor\s?\d{1,3}|macbook( pro| air)?)\b/,
  /(华为|小米|红米|荣耀|苹果|三星|oppo|vivo|一加)\s?[a-z]{0,8}\s?\d{1,3}\s?(pro|max|plus)?/,
  /\b(iphone\s?(xs max|xs|xr|x|se)(\s?\d)?|(xiaomi|redmi|poco)\s?[a-z]{0,8}\s?\d{1,3}[a-z]{0,2})\b/,
  /\b(infinix|tecno|realme|motorola|moto|nokia|aquos|xperia|honor|itel)\s?[a-z]{0,8}\s?\d{1,3}[a-z]{0,3}( pro)?\b/,
  /(갤럭시\s?[a-z]?\d{1,3}|아이폰\s?\d{1,2}|아이패드)/,
);

const OSES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/\bipados\s?(\d{1,2}(\.\d{1,2})?)/i, (m) => `iPadOS ${m[1]}`],
  [/\bios\s?(\d{1,2}(\.\d{1,2})?)/i, (m) => `iOS ${m[1]}`],
  [/(?:\bandroid|안드로이드|安卓)\s?(\d{1,2})/i, (m) => `Android ${m[1]}`],
  // Phone makers' own systems on Android, named as customers name them.
  [
    /\b(miui|hyperos|coloros|one ?ui|originos|emui|magicos|funtouch ?os|realme ui)(\s?\d{1,2}(\.\d)?)?/i,
    (m) => m[0].replace(/\s+/g, ' ').trim(),
  ],
  [/鸿蒙|harmony ?os/i, () => 'HarmonyOS'],
  [/windows\s?(\d{1,2})/i, (m) => `Windows ${m[1]}`],
  [/mac ?os\s?(\d{1,2})?/i, (m) => (m[1] ? `macOS ${m[1]}` : 'macOS')],
  [/\bios\b/i, () => 'iOS'],
  [/\bandroid\b|安卓/i, () => 'Android'],
];

const REGIONS = anyOf(
  'i',
  /北京|上海|广州|深圳|杭州|成都|重庆|武汉|西安|南京|天津|香港|台湾|新加坡|印尼|雅加达|马来西亚|泰国|越南|菲律宾/,
  /印度|中东|迪拜|沙特|巴西|美国|欧洲|日本|韩国|东南亚|台北|台中|高雄|東京|大阪|福岡|名古屋|札幌|서울|부산|인천/,
  /\b(osaka|fukuoka|seoul|busan|bangkok|chiang mai|hanoi|ho chi minh|istanbul|ankara|paris)\b/,
  /\b(montr(é|e)al|berlin|hamburg|m(ü|u)nchen|munich|moscow|delhi|bangalore|bengaluru|cairo|riyadh)(?![a-z])/,
  /\b(jeddah|bogot(á|a)|lima|santiago|buenos aires)(?![a-z])/,
  /ciudad de m(é|e)xico|cdmx|rio de janeiro|surabaya|bandung|hà nội|hồ chí minh|tp\.? ?hcm|đà nẵng|กรุงเทพ|เชียงใหม่/,
  /الرياض|جدة|دبي|القاهرة|الدوحة|الكويت|İstanbul|москв|санкт-петербург|новосибирск|मुंबई|दिल्ली|बेंगलुरु/,
  /\b(beijing|shanghai|guangzhou|shenzhen|hangzhou|chengdu|hong kong|taiwan|singapore|indonesia|jakarta)\b/,
  /\b(malaysia|thailand|vietnam|philippines|manila|india|mumbai|dubai|saudi|riyadh|brazil|são paulo|sao paulo)\b/,
  /\b(mexico|us east|us west|europe|frankfurt|london|japan|tokyo|korea|seoul|southeast asia|middle east|latam)\b/,
  /\b(lagos|nairobi|johannesburg|sydney|melbourne|toronto|vancouver|new york|los angeles|chicago|lyon|marseille)\b/,
  /\b(madrid|barcelona|rome|milan|recife|salvador|fortaleza|porto alegre|belo horizonte|curitiba|monterrey)\b/,
  /\b(guadalajara|medell(í|i)n|karachi|lahore|dhaka|cebu|kuala lumpur|penang|da nang|izmir|casablanca)\b/,
);

// Spaces between the parts are bounded ({0,2}), so "今天" followed by 40,000 spaces is read in a few steps.
const TIMES = anyOf(
  'i',
  /(今天|昨天|昨晚|今早|今晚|刚才|上午|下午|晚上)([ \t]{0,2}\d{1,2}([ \t]{0,2}[点:：]([ \t]{0,2}\d{1,2}|半)?)?)?([ \t]{0,2}左右)?/,
  /\b\d{1,2}(:\d{2})? ?(am|pm)\b|\b\d{1,2}:\d{2}\b/,
  /\b(today|yesterday|this morning|this afternoon|tonight|last night|just now)( at \d{1,2}(:\d{2})? ?(am|pm)?)?/,
  /(昨日|今日|今朝|今夜|昨夜|昨天|今天|어제|오늘)([ \t]{0,2}\d{1,2}[ \t]{0,2}(時|시|点))?|\d{1,2}[ \t]{0,2}(時|시)[ \t]{0,2}(ごろ|頃|쯤)?/,
  /\b(ayer|hoy|esta mañana|ontem|hoje|kemarin|hari ini|dün|bugün|hier|aujourd'hui|ce matin|gestern|heute)\b/,
  /hôm qua|hôm nay|เมื่อวาน|วันนี้|أمس|اليوم|вчера|сегодня|с утра/,
  /\b\d{4}-\d{2}-\d{2}( \d{1,2}:\d{2})?/,
);

/**
 * "call id: live-8842", "channel abc123", "房间号：889123". The separator between keyword and id is one
 * optional mark with at most three spaces on each side (the old form, optional whitespace on both sides of
 * an optional mark, could split a long run of spaces in quadratically many ways).
 */
const CALL_KEYWORD = `(?:${
  anyOf(
    '',
    /\b(?:call|channel|room|session|meeting|canal|sala|kanal|kênh|phòng)/,
    /チャンネル|ルーム|채널|통화|ห้อง|القناة|канал|комнат[аы]|चैनल|頻道|房間/,
  ).source
})${/(?:[ _-]?(?:id|ID|name|no\.?|number|名))?/.source}`;
const SEPARATOR = /[ \t]{0,3}(?:[:：#=][ \t]{0,3})?/.source;
const CALL_ID = anyOf(
  'gi',
  new RegExp(`${CALL_KEYWORD}${SEPARATOR}([A-Za-z0-9_-]{4,64})(?![A-Za-z0-9_-])`),
  /(?:房间号|频道号|频道名|通话id|房间id|频道id)[ \t]{0,3}(?:[:：][ \t]{0,3})?([A-Za-z0-9_-]{3,64})(?![A-Za-z0-9_-])/,
);
/** An id as a model returns it, on its own. */
const BARE_ID = /^[A-Za-z0-9_-]{3,64}$/;

function first<T>(text: string, table: Array<[RegExp, T]>): T | undefined {
  return table.find(([re]) => re.test(text))?.[1];
}

function fitting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= FACT_MAX_CHARS ? trimmed : undefined;
}

/** The first id after a call/channel/room keyword; words like "call keeps dropping" are not ids (no digit). */
function readCallId(text: string): string | undefined {
  for (const m of matchesOf(CALL_ID, text)) {
    const id = m[1] ?? m[2];
    if (id && /\d/.test(id)) return id;
  }
  return undefined;
}

/** How each fact is read from text. Model facts are read the same way (see mergeModelFacts). */
const READERS: { [K in FactKey]-?: (text: string) => Facts[K] } = {
  scenario: (text) => first(text, SCENARIOS),
  network: (text) => first(text, NETWORKS),
  place: (text) => first(text, PLACES),
  device: (text) => fitting(text.match(DEVICES)?.[0]),
  os: (text) => {
    for (const [re, label] of OSES) {
      const m = text.match(re);
      if (m) return label(m);
    }
    return undefined;
  },
  region: (text) => fitting(text.match(REGIONS)?.[0]),
  time: (text) => fitting(text.match(TIMES)?.[0]),
  callId: readCallId,
};

/** Pulls facts out of the text; facts already known are kept (the customer said them first). */
export function extractFacts(fullText: string, known: Facts = {}): Facts {
  const text = fullText.slice(0, FACTS_MAX_CHARS);
  const facts: Facts = { ...known };
  facts.scenario ??= READERS.scenario(text);
  facts.network ??= READERS.network(text);
  facts.place ??= READERS.place(text);
  facts.device ??= READERS.device(text);
  facts.os ??= READERS.os(text);
  // An iPhone or iPad runs iOS when the text names no system; the version may still be worth asking.
  if (!facts.os && facts.device && /iphone|ipad|苹果|아이폰|아이패드/i.test(facts.device)) facts.os = 'iOS';
  facts.region ??= READERS.region(text);
  facts.time ??= READERS.time(text);
  facts.callId ??= READERS.callId(text);
  for (const key of FACT_KEYS) if (facts[key] === undefined) delete facts[key];
  return facts;
}

const LABELS: Partial<Record<FactKey, string[]>> = {
  scenario: SCENARIOS.map(([, label]) => label),
  network: NETWORKS.map(([, label]) => label),
  place: PLACES.map(([, label]) => label),
};

/** A model's value for one fact, read with the same patterns and caps as the customer's text, or nothing. */
function readModelValue(key: FactKey, raw: string): string | undefined {
  const value = raw.trim().slice(0, MODEL_VALUE_MAX_CHARS);
  const label = LABELS[key]?.find((l) => l.toLowerCase() === value.toLowerCase());
  if (label) return label;
  if (key === 'callId' && BARE_ID.test(value) && /\d/.test(value)) return value;
  return fitting(READERS[key](value));
}

/**
 * Facts a model proposes, merged under the ones already known: each value must be one the patterns
 * above would have read from the customer's words, within the same length caps; anything else is dropped.
 */
export function mergeModelFacts(known: Facts, proposed: Partial<Record<FactKey, string | null>>): Facts {
  const merged: Facts = { ...known };
  for (const key of FACT_KEYS) {
    const raw = proposed[key];
    if (merged[key] !== undefined || typeof raw !== 'string') continue;
    const value = readModelValue(key, raw);
    if (value !== undefined) (merged as Record<FactKey, string>)[key] = value;
  }
  return merged;
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
