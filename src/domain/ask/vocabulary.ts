/**
 * The names a question uses for regions, device brands, systems and networks, in English and Chinese, and the name
 * each is shown under. Ticket facts keep the customer's own spelling ("雅加达", "jakarta"); the same table reads
 * both the question and the facts, so "Jakarta" finds all three.
 */
export interface Term {
  name: string;
  /** Lower-case spellings, the name's own included. */
  spellings: string[];
}

const term = (name: string, ...others: string[]): Term => ({
  name,
  spellings: [...new Set([name.toLowerCase(), ...others.map((o) => o.toLowerCase())])],
});

export const REGION_TERMS: Term[] = [
  term('Jakarta', '雅加达'),
  term('Indonesia', '印尼', '印度尼西亚'),
  term('Singapore', '新加坡'),
  term('Beijing', '北京'),
  term('Shanghai', '上海'),
  term('Guangzhou', '广州'),
  term('Shenzhen', '深圳'),
  term('Hangzhou', '杭州'),
  term('Chengdu', '成都'),
  term('Chongqing', '重庆'),
  term('Wuhan', '武汉'),
  term("Xi'an", '西安', 'xian'),
  term('Nanjing', '南京'),
  term('Tianjin', '天津'),
  term('Hong Kong', '香港'),
  term('Taiwan', '台湾'),
  term('Malaysia', '马来西亚'),
  term('Thailand', '泰国'),
  term('Vietnam', '越南'),
  term('Philippines', '菲律宾'),
  term('Manila', '马尼拉'),
  term('India', '印度'),
  term('Mumbai', '孟买'),
  term('Dubai', '迪拜'),
  term('Saudi Arabia', 'saudi', '沙特'),
  term('Riyadh', '利雅得'),
  term('Brazil', '巴西'),
  term('São Paulo', 'sao paulo', '圣保罗'),
  term('Mexico', '墨西哥'),
  term('US East', '美东'),
  term('US West', '美西'),
  term('United States', 'usa', '美国'),
  term('Europe', '欧洲'),
  term('Frankfurt', '法兰克福'),
  term('London', '伦敦'),
  term('Japan', '日本'),
  term('Tokyo', '东京'),
  term('Korea', '韩国'),
  term('Seoul', '首尔'),
  term('Southeast Asia', '东南亚'),
  term('Middle East', '中东'),
  term('LATAM', '拉美'),
];

export const DEVICE_TERMS: Term[] = [
  term('Huawei', '华为', 'mate'),
  term('Honor', '荣耀'),
  term('Xiaomi', '小米'),
  term('Redmi', '红米'),
  term('iPhone', '苹果', 'apple'),
  term('iPad'),
  term('Samsung', '三星', 'galaxy'),
  term('OPPO'),
  term('vivo'),
  term('OnePlus', '一加'),
  term('Pixel', 'google pixel'),
  term('MacBook'),
];

export const OS_TERMS: Term[] = [
  term('iOS'),
  term('Android', '安卓'),
  term('HarmonyOS', '鸿蒙', 'harmony os'),
  term('Windows'),
  term('macOS', 'mac os'),
];

export const NETWORK_TERMS: Term[] = [
  term('Wi-Fi', 'wifi', 'wi fi', 'wlan', '无线网'),
  term('5G'),
  term('4G', 'lte'),
  term('VPN'),
  term('wired', 'ethernet', '有线'),
  term('mobile data', 'cellular', '移动数据', '流量'),
];

/** Every spelling of the word's term, or the word itself when no term has it. */
export function spellingsOf(word: string, terms: Term[]): string[] {
  const lower = word.toLowerCase().trim();
  const found = terms.find((t) => t.spellings.includes(lower));
  return found ? found.spellings : [lower];
}

/** Lower-case spelling → shown name, for grouping facts spelled several ways. */
export function namesBySpelling(terms: Term[]): Array<[string, string]> {
  return terms.flatMap((t) => t.spellings.map((s) => [s, t.name] as [string, string]));
}
