import type { Facts } from './facts.js';
import { type Place, placeById, placeLabel, placesIn } from './gazetteer.js';
import { wordTerms } from './similarity.js';
import type { Category } from './taxonomy.js';

/**
 * When do complaints look like one problem (an outage), so that they join one incident? Two complaints are alike
 * when their categories agree (or either is unclassified, "other") and they share what places a problem: the
 * country (a city counts as its country, so "Jakarta", "雅加达" and "印尼" are one), the device, the OS, the mobile
 * operator, or at least MIN_SHARED_WORDS words. Two complaints that name places in different countries are never
 * alike, whatever else they share. A complaint that says nothing of place, device, OS or operator is alike to any
 * complaint of its own (classified) category: it cannot be told apart, and an outage's first reports are often
 * that short.
 */

/** What a complaint is made of for grouping; an incident's profile is the union of its complaints'. */
export interface ComplaintSignature {
  category: Category;
  /** Place ids (cities and countries) from the gazetteer. */
  places: string[];
  /** The countries of those places. */
  countries: string[];
  devices: string[];
  oses: string[];
  operators: string[];
  words: string[];
}

/** Shared words that make two complaints alike when nothing else does. */
export const MIN_SHARED_WORDS = 3;
/** An incident's profile keeps at most this many of each list, so the row stays small. */
export const PROFILE_MAX = { places: 24, devices: 24, oses: 12, operators: 12, words: 120 } as const;

/** Mobile operators of the countries we serve; a shared one places a network problem. */
const OPERATORS: Array<[RegExp, string]> = [
  [/telkomsel/i, 'Telkomsel'],
  [/indosat|im3\b/i, 'Indosat'],
  [/\bxl\b|xl axiata/i, 'XL Axiata'],
  [/smartfren/i, 'Smartfren'],
  [/中国移动|中國移動|china mobile/i, 'China Mobile'],
  [/中国联通|中國聯通|联通|china unicom/i, 'China Unicom'],
  [/中国电信|中國電信|china telecom/i, 'China Telecom'],
  [/\bjio\b/i, 'Jio'],
  [/\bairtel\b/i, 'Airtel'],
  [/\bviettel\b/i, 'Viettel'],
  [/vinaphone/i, 'Vinaphone'],
  [/mobifone/i, 'Mobifone'],
  [/\bglobe\b/i, 'Globe'],
  [/\bais\b/i, 'AIS'],
  [/\bdtac\b/i, 'dtac'],
  [/\bmaxis\b/i, 'Maxis'],
  [/\bcelcom\b/i, 'Celcom'],
  [/singtel/i, 'Singtel'],
  [/starhub/i, 'StarHub'],
  [/docomo|ドコモ/i, 'NTT Docomo'],
  [/softbank|ソフトバンク/i, 'SoftBank'],
  [/\bkddi\b/i, 'KDDI'],
  [/\bskt\b|sk telecom/i, 'SK Telecom'],
  [/turkcell/i, 'Turkcell'],
  [/etisalat|\be&\b/i, 'Etisalat'],
  [/\bstc\b/i, 'STC'],
  [/\bclaro\b/i, 'Claro'],
  [/movistar/i, 'Movistar'],
  [/\bmts\b|мтс/i, 'MTS'],
  [/beeline|билайн/i, 'Beeline'],
  [/megafon|мегафон/i, 'MegaFon'],
  [/verizon/i, 'Verizon'],
  [/t-mobile/i, 'T-Mobile'],
  [/vodafone/i, 'Vodafone'],
];

/** Operator names are read from the start of the text only, as facts are. */
const OPERATOR_TEXT_MAX_CHARS = 4000;

function operatorsIn(text: string): string[] {
  const head = text.slice(0, OPERATOR_TEXT_MAX_CHARS);
  return OPERATORS.filter(([re]) => re.test(head)).map(([, name]) => name);
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A complaint's signature, from its category, the facts read so far and the customer's words. */
export function signatureOf(p: { category: Category; facts: Facts; text: string }): ComplaintSignature {
  const places = new Map<string, Place>();
  for (const place of placesIn(p.facts.region ?? '')) places.set(place.id, place);
  for (const place of placesIn(p.text)) places.set(place.id, place);
  return {
    category: p.category,
    places: [...places.keys()],
    countries: [...new Set([...places.values()].map((x) => x.country))],
    devices: p.facts.device ? [norm(p.facts.device)] : [],
    oses: p.facts.os ? [norm(p.facts.os)] : [],
    operators: operatorsIn(p.text),
    words: wordTerms(p.text),
  };
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  return a.filter((x) => other.has(x)).length;
}

/** Says nothing that would place the problem: no place, device, OS or operator. */
function unplaced(s: ComplaintSignature): boolean {
  return s.countries.length + s.devices.length + s.oses.length + s.operators.length === 0;
}

export function categoriesAgree(a: Category, b: Category): boolean {
  return a === 'other' || b === 'other' || a === b;
}

/** Do two complaints (or a complaint and an incident's profile) look like one problem? Symmetric. */
export function alike(a: ComplaintSignature, b: ComplaintSignature): boolean {
  if (!categoriesAgree(a.category, b.category)) return false;
  if (a.countries.length > 0 && b.countries.length > 0) {
    if (!shares(a.countries, b.countries)) return false;
    return true;
  }
  if (shares(a.devices, b.devices) || shares(a.oses, b.oses) || shares(a.operators, b.operators)) return true;
  if (sharedCount(a.words, b.words) >= MIN_SHARED_WORDS) return true;
  return a.category === b.category && a.category !== 'other' && (unplaced(a) || unplaced(b));
}

/** How well a complaint fits an incident's profile, to choose between two open ones: higher is closer. */
export function closeness(profile: ComplaintSignature, s: ComplaintSignature): number {
  return (
    4 * sharedCount(profile.countries, s.countries) +
    2 * (sharedCount(profile.places, s.places) + sharedCount(profile.devices, s.devices)) +
    2 * (sharedCount(profile.oses, s.oses) + sharedCount(profile.operators, s.operators)) +
    Math.min(sharedCount(profile.words, s.words), 10) / 10 +
    (profile.category === s.category ? 1 : 0)
  );
}

function union(a: readonly string[], b: readonly string[], max: number): string[] {
  return [...new Set([...a, ...b])].slice(0, max);
}

/** An incident's profile after a complaint joins: the first classified category, everything else unioned. */
export function mergeProfile(profile: ComplaintSignature | undefined, s: ComplaintSignature): ComplaintSignature {
  if (!profile) return mergeProfile(emptyProfile(s.category), s);
  return {
    category: profile.category === 'other' ? s.category : profile.category,
    places: union(profile.places, s.places, PROFILE_MAX.places),
    countries: union(profile.countries, s.countries, PROFILE_MAX.places),
    devices: union(profile.devices, s.devices, PROFILE_MAX.devices),
    oses: union(profile.oses, s.oses, PROFILE_MAX.oses),
    operators: union(profile.operators, s.operators, PROFILE_MAX.operators),
    words: union(profile.words, s.words, PROFILE_MAX.words),
  };
}

export function emptyProfile(category: Category): ComplaintSignature {
  return { category, places: [], countries: [], devices: [], oses: [], operators: [], words: [] };
}

/**
 * The places of an incident as agents read them: each city with its country, and countries named on their own
 * only when none of their cities is listed ("Jakarta, Indonesia", not "Jakarta, Indonesia · Indonesia").
 */
export function placeLabels(placeIds: readonly string[]): string[] {
  const places = placeIds.map(placeById).filter((p): p is Place => Boolean(p));
  const citiesIn = new Set(places.filter((p) => p.kind === 'city').map((p) => p.country));
  return places.filter((p) => p.kind === 'city' || !citiesIn.has(p.id)).map(placeLabel);
}

/** Facts a card lists about an incident, bounded: each distinct value once, in the order first seen. */
export function distinctValues(values: ReadonlyArray<string | undefined | null>, max: number): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    if (!v) continue;
    const key = norm(v);
    if (!seen.has(key)) seen.set(key, v.trim());
    if (seen.size >= max) break;
  }
  return [...seen.values()];
}
