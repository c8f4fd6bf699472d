import { matchesOf } from './patterns.js';

/**
 * The places our customers are in, each with the names it goes by in every language we serve (English, Chinese
 * in Simplified and Traditional characters, Japanese, Korean, Spanish, Portuguese, Indonesian, Vietnamese, Thai,
 * Arabic, Turkish, French, German, Russian, Hindi), so that "Jakarta", "雅加达", "ジャカルタ" and "jakarta" are one
 * place, and a city belongs to its country ("Jakarta" is in "印尼"). Where a language writes a name the way another
 * one does, it is listed once.
 *
 * How names are found: text is lower-cased, and Latin accents are dropped ("São Paulo" = "sao paulo"). Latin,
 * Devanagari and katakana names must stand as words ("india" is not found in "indiana", "タイ" not in "タイム");
 * Cyrillic and Korean names need only start a word, because both languages add endings to a name ("в Джакарте",
 * "자카르타에서"), so the Russian names are listed as stems; Chinese, Japanese kanji, Thai and Arabic names are found
 * anywhere (no spaces between words, or prefixes joined to the name).
 */

export type PlaceKind = 'country' | 'city';

export interface Place {
  /** Stable id, e.g. "jakarta". */
  id: string;
  /** The English name agents see. */
  name: string;
  kind: PlaceKind;
  /** The country a city is in (its id); a country's own id for a country. */
  country: string;
}

interface Entry extends Place {
  aliases: string[];
}

function country(id: string, name: string, aliases: string): Entry {
  return { id, name, kind: 'country', country: id, aliases: [name, ...aliases.split('|')] };
}

function city(id: string, name: string, inCountry: string, aliases: string): Entry {
  return { id, name, kind: 'city', country: inCountry, aliases: [name, ...aliases.split('|')] };
}

// Order inside each list: zh-Hans, zh-Hant, ja, ko, then the other spellings, th, ar, ru (stem), hi.
const ENTRIES: Entry[] = [
  country(
    'indonesia',
    'Indonesia',
    '印度尼西亚|印尼|印度尼西亞|インドネシア|인도네시아|Indonésia|Indonésie|Indonesien|Endonezya|In-đô-nê-xi-a|' +
      'อินโดนีเซีย|إندونيسيا|اندونيسيا|Индонези|इंडोनेशिया',
  ),
  city(
    'jakarta',
    'Jakarta',
    'indonesia',
    '雅加达|雅加達|ジャカルタ|자카르타|Yakarta|Jacarta|Djakarta|Cakarta|Gia-các-ta|จาการ์ตา|جاكرتا|Джакарт|जकार्ता',
  ),
  city('surabaya', 'Surabaya', 'indonesia', '泗水|スラバヤ|수라바야|Soerabaja|สุราบายา|سورابايا|Сурабай|सुरबाया'),
  country(
    'china',
    'China',
    '中国|中國|중국|Chine|Trung Quốc|Çin|จีน|الصين|Кита|चीन|Tiongkok|Cina|mainland china|中国大陆|中國大陸',
  ),
  city(
    'beijing',
    'Beijing',
    'china',
    '北京|ペキン|베이징|Peking|Pekín|Pequim|Pékin|Pekin|Bắc Kinh|ปักกิ่ง|بكين|Пекин|बीजिंग',
  ),
  city(
    'shanghai',
    'Shanghai',
    'china',
    '上海|シャンハイ|상하이|Shanghái|Xangai|Thượng Hải|Şanghay|Schanghai|เซี่ยงไฮ้|شنغهاي|Шанха|शंघाई',
  ),
  city('guangzhou', 'Guangzhou', 'china', '广州|廣州|広州|광저우|Quảng Châu|กว่างโจว|قوانغتشو|Гуанчжо|ग्वांगझू'),
  city('shenzhen', 'Shenzhen', 'china', '深圳|シンセン|선전|Thâm Quyến|Şenzen|เซินเจิ้น|شنجن|Шэньчжэн|शेन्ज़ेन'),
  country('hong_kong', 'Hong Kong', '香港|ホンコン|홍콩|Hongkong|Hồng Kông|ฮ่องกง|هونغ كونغ|Гонконг|हांगकांग'),
  country('taiwan', 'Taiwan', '台湾|台灣|臺灣|대만|타이완|Taiwán|Taïwan|Đài Loan|Tayvan|ไต้หวัน|تايوان|Тайван|ताइवान'),
  city('taipei', 'Taipei', 'taiwan', '台北|臺北|タイペイ|타이베이|Taipé|Taipéi|Đài Bắc|ไทเป|تايبيه|Тайбэ|ताइपे'),
  country(
    'singapore',
    'Singapore',
    '新加坡|シンガポール|싱가포르|Singapur|Singapura|Singapour|Xin-ga-po|สิงคโปร์|سنغافورة|Сингапур|सिंगापुर|' + '星加坡',
  ),
  country(
    'malaysia',
    'Malaysia',
    '马来西亚|馬來西亞|大马|大馬|マレーシア|말레이시아|Malasia|Malásia|Malaisie|Malezya|Ma-lai-xi-a|' +
      'มาเลเซีย|ماليزيا|Малайзи|मलेशिया',
  ),
  city(
    'kuala_lumpur',
    'Kuala Lumpur',
    'malaysia',
    '吉隆坡|クアラルンプール|쿠알라룸푸르|KL|กัวลาลัมเปอร์|كوالالمبور|Куала-Лумпур|क्वालालंपुर',
  ),
  country(
    'thailand',
    'Thailand',
    '泰国|泰國|タイ|태국|Tailandia|Tailândia|Thaïlande|Thái Lan|Tayland|ประเทศไทย|تايلاند|Таиланд|थाईलैंड',
  ),
  city('bangkok', 'Bangkok', 'thailand', '曼谷|バンコク|방콕|Bangkoc|Băng Cốc|กรุงเทพ|بانكوك|Бангкок|बैंकॉक'),
  country(
    'vietnam',
    'Vietnam',
    '越南|ベトナム|베트남|Viet Nam|Việt Nam|Vietnã|Viêt Nam|เวียดนาม|فيتنام|Вьетнам|वियतनाम',
  ),
  city(
    'ho_chi_minh_city',
    'Ho Chi Minh City',
    'vietnam',
    '胡志明市|胡志明|西贡|西貢|ホーチミン|호찌민|호치민|Ho Chi Minh|Hồ Chí Minh|Saigon|Sài Gòn|' +
      'โฮจิมินห์|هو تشي منه|Хошимин|हो ची मिन्ह',
  ),
  city('hanoi', 'Hanoi', 'vietnam', '河内|河內|ハノイ|하노이|Hà Nội|Hanói|ฮานอย|هانوي|Хано|हनोई'),
  country(
    'philippines',
    'Philippines',
    '菲律宾|菲律賓|フィリピン|필리핀|Filipinas|Filipina|Philippinen|Filipinler|Phi-líp-pin|Philippin|' +
      'ฟิลิปปินส์|الفلبين|Филиппин|फ़िलीपींस|फिलीपींस',
  ),
  city('manila', 'Manila', 'philippines', '马尼拉|馬尼拉|マニラ|마닐라|Manille|Ma-ni-la|มะนิลา|مانيلا|Манил|मनीला'),
  country('india', 'India', '印度|インド|인도|Índia|Inde|Indien|Hindistan|Ấn Độ|อินเดีย|الهند|Инди|भारत|इंडिया'),
  city('mumbai', 'Mumbai', 'india', '孟买|孟買|ムンバイ|뭄바이|Bombay|Bombaim|มุมไบ|مومباي|Мумба|मुंबई'),
  city(
    'delhi',
    'Delhi',
    'india',
    '德里|新德里|デリー|델리|New Delhi|Nueva Delhi|Nova Délhi|Déli|Dehli|Yeni Delhi|Neu-Delhi|นิวเดลี|' +
      'دلهي|Дели|दिल्ली',
  ),
  country(
    'uae',
    'United Arab Emirates',
    '阿联酋|阿聯酋|アラブ首長国連邦|아랍에미리트|UAE|Emiratos Árabes Unidos|Emirados Árabes Unidos|' +
      'Émirats arabes unis|Vereinigte Arabische Emirate|Birleşik Arap Emirlikleri|Các Tiểu vương quốc Ả Rập|' +
      'สหรัฐอาหรับเอมิเรตส์|الإمارات|ОАЭ|संयुक्त अरब अमीरात',
  ),
  city('dubai', 'Dubai', 'uae', '迪拜|杜拜|ドバイ|두바이|Dubái|Dubaï|Đu-bai|ดูไบ|دبي|Дуба|दुबई'),
  country(
    'saudi_arabia',
    'Saudi Arabia',
    '沙特|沙特阿拉伯|沙烏地阿拉伯|サウジアラビア|사우디아라비아|사우디|Arabia Saudita|Arábia Saudita|Arab Saudi|' +
      'Ả Rập Xê Út|Arabie saoudite|Saudi-Arabien|Suudi Arabistan|ซาอุดีอาระเบีย|السعودية|Саудовск|सऊदी अरब',
  ),
  city('riyadh', 'Riyadh', 'saudi_arabia', '利雅得|リヤド|리야드|Riad|Riade|Riyad|ริยาด|الرياض|Эр-Рияд|रियाद'),
  country(
    'turkey',
    'Turkey',
    '土耳其|トルコ|튀르키예|터키|Türkiye|Turquía|Turquia|Turki|Thổ Nhĩ Kỳ|Turquie|Türkei|ตุรกี|تركيا|Турци|तुर्की',
  ),
  city(
    'istanbul',
    'Istanbul',
    'turkey',
    '伊斯坦布尔|伊斯坦堡|イスタンブール|이스탄불|Estambul|Istambul|İstanbul|อิสตันบูล|إسطنبول|Стамбул|इस्तांबुल',
  ),
  country('egypt', 'Egypt', '埃及|エジプト|이집트|Egipto|Egito|Mesir|Ai Cập|Égypte|Ägypten|Mısır|อียิปต์|مصر|Египет|मिस्र'),
  city('cairo', 'Cairo', 'egypt', '开罗|開羅|カイロ|카이로|El Cairo|Kairo|Le Caire|Kahire|ไคโร|القاهرة|Каир|काहिरा'),
  country('brazil', 'Brazil', '巴西|ブラジル|브라질|Brasil|Brésil|Brasilien|Brezilya|บราซิล|البرازيل|Бразили|ब्राज़ील'),
  city(
    'sao_paulo',
    'São Paulo',
    'brazil',
    '圣保罗|聖保羅|サンパウロ|상파울루|San Pablo|ซานเปาโล|ساو باولو|Сан-Паулу|साओ पाउलो',
  ),
  country(
    'mexico',
    'Mexico',
    '墨西哥|メキシコ|멕시코|México|Mexique|Mexiko|Meksika|Meksiko|เม็กซิโก|المكسيك|Мексик|मेक्सिको',
  ),
  country('japan', 'Japan', '日本|日本国|일본|Japón|Japão|Jepang|Nhật Bản|Japon|ญี่ปุ่น|اليابان|Япони|जापान'),
  city('tokyo', 'Tokyo', 'japan', '东京|東京|トウキョウ|도쿄|Tokio|Tóquio|Tōkyō|Tô-ki-ô|โตเกียว|طوكيو|Токио|टोक्यो'),
  country(
    'south_korea',
    'South Korea',
    '韩国|韓國|韓国|한국|대한민국|Korea|Corea del Sur|Coreia do Sul|Korea Selatan|Hàn Quốc|Corée du Sud|Südkorea|' +
      'Güney Kore|เกาหลีใต้|كوريا الجنوبية|Южная Коре|दक्षिण कोरिया',
  ),
  city('seoul', 'Seoul', 'south_korea', '首尔|首爾|ソウル|서울|Seúl|Séoul|Seul|โซล|سيول|Сеул|सियोल'),
  country(
    'united_states',
    'United States',
    '美国|美國|アメリカ|米国|미국|USA|US East|US West|Estados Unidos|Amerika Serikat|Hoa Kỳ|États-Unis|' +
      'Vereinigte Staaten|Amerika Birleşik Devletleri|สหรัฐอเมริกา|الولايات المتحدة|США|अमेरिका',
  ),
  country(
    'united_kingdom',
    'United Kingdom',
    '英国|英國|イギリス|영국|UK|Reino Unido|Inggris|Vương quốc Anh|Royaume-Uni|Vereinigtes Königreich|' +
      'Birleşik Krallık|สหราชอาณาจักร|المملكة المتحدة|Великобритани|यूनाइटेड किंगडम',
  ),
  city('london', 'London', 'united_kingdom', '伦敦|倫敦|ロンドン|런던|Londres|Londra|Luân Đôn|ลอนดอน|لندن|Лондон|लंदन'),
  country(
    'germany',
    'Germany',
    '德国|德國|ドイツ|독일|Alemania|Alemanha|Jerman|nước Đức|Allemagne|Deutschland|Almanya|เยอรมนี|ألمانيا|Германи|जर्मनी',
  ),
  city(
    'frankfurt',
    'Frankfurt',
    'germany',
    '法兰克福|法蘭克福|フランクフルト|프랑크푸르트|Fráncfort|Francoforte|Francfort|แฟรงก์เฟิร์ต|فرانكفورت|Франкфурт|फ्रैंकफर्ट',
  ),
  country(
    'france',
    'France',
    '法国|法國|フランス|프랑스|Francia|França|Prancis|nước Pháp|Frankreich|Fransa|ฝรั่งเศส|فرنسا|Франци|फ़्रांस|फ्रांस',
  ),
  city('paris', 'Paris', 'france', '巴黎|パリ|파리|París|Pa-ri|ปารีส|باريس|Париж|पेरिस'),
  country(
    'russia',
    'Russia',
    '俄罗斯|俄羅斯|ロシア|러시아|Rusia|Rússia|Liên bang Nga|nước Nga|Russie|Russland|Rusya|รัสเซีย|روسيا|Росси|रूस',
  ),
  city(
    'moscow',
    'Moscow',
    'russia',
    '莫斯科|モスクワ|모스크바|Moscú|Moscou|Moskau|Moskova|Mát-xcơ-va|มอสโก|موسكو|Москв|मास्को',
  ),
  country(
    'spain',
    'Spain',
    '西班牙|スペイン|스페인|España|Espanha|Spanyol|Tây Ban Nha|Espagne|Spanien|İspanya|สเปน|إسبانيا|Испани|स्पेन',
  ),
  city('madrid', 'Madrid', 'spain', '马德里|馬德里|マドリード|마드리드|Ma-đrít|มาดริด|مدريد|Мадрид|मैड्रिड'),
];

/** Lower case, Latin accents dropped; every other script kept as it is (Devanagari and Thai marks included). */
export function foldPlaceText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

type Script = 'latin' | 'kana' | 'stem' | 'anywhere';

function scriptOf(alias: string): Script {
  if (/[\p{Script=Cyrillic}\p{Script=Hangul}]/u.test(alias)) return 'stem';
  if (/\p{Script=Katakana}/u.test(alias)) return 'kana';
  if (/[\p{Script=Latin}\p{Script=Devanagari}]/u.test(alias)) return 'latin';
  return 'anywhere';
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD = '[\\p{L}\\p{M}\\p{N}]';
const KANA = '[\\p{Script=Katakana}ー]';

/** Folded alias → place. */
const BY_ALIAS = new Map<string, Place>();
for (const { aliases, ...place } of ENTRIES)
  for (const alias of aliases) if (alias) BY_ALIAS.set(foldPlaceText(alias), place);

/** One pattern per way of standing in text; the alternatives longest first, so "new delhi" wins over "delhi". */
function patternFor(script: Script): RegExp {
  const names = [...BY_ALIAS.keys()].filter((a) => scriptOf(a) === script).sort((a, b) => b.length - a.length);
  const body = `(?:${names.map(escapeRegex).join('|')})`;
  const source =
    script === 'latin'
      ? `(?<!${WORD})${body}(?!${WORD})`
      : script === 'kana'
        ? `(?<!${KANA})${body}(?!${KANA})`
        : script === 'stem'
          ? `(?<!${WORD})${body}`
          : body;
  return new RegExp(source, 'gu');
}

const PATTERNS = (['latin', 'kana', 'stem', 'anywhere'] as const).map(patternFor);

/** Only the start of a long text is read, as for facts: the complaint comes first, pasted logs after. */
export const PLACE_TEXT_MAX_CHARS = 4000;
/** A text names a few places; more than this are not looked for. */
const MAX_PLACES = 8;

/** The places a text names, in the order found, each once. */
export function placesIn(text: string): Place[] {
  const folded = foldPlaceText(text.slice(0, PLACE_TEXT_MAX_CHARS));
  const found = new Map<string, Place>();
  for (const re of PATTERNS) {
    for (const m of matchesOf(re, folded)) {
      const place = BY_ALIAS.get(m[0]);
      if (place) found.set(place.id, place);
      if (found.size >= MAX_PLACES) return [...found.values()];
    }
  }
  return [...found.values()];
}

const BY_ID = new Map(ENTRIES.map(({ aliases: _aliases, ...place }) => [place.id, place]));

export function placeById(id: string): Place | undefined {
  return BY_ID.get(id);
}

/** "Jakarta, Indonesia" for a city, "Indonesia" for a country. */
export function placeLabel(place: Place): string {
  if (place.kind === 'country') return place.name;
  return `${place.name}, ${BY_ID.get(place.country)?.name ?? place.country}`;
}

/** Every place the gazetteer knows (for tests and docs). */
export function knownPlaces(): ReadonlyArray<Place & { aliases: readonly string[] }> {
  return ENTRIES;
}
