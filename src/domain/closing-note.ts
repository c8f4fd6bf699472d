import type { Resolution, ResolutionSide } from './resolution.js';
import type { Language } from './taxonomy.js';

/**
 * The most a closing note may hold: the longest drafted note (template, a 150-character cause and a 500-character
 * fix) fits with room for the agent's own edits, and the closing message stays far inside Slack's 3,000 characters
 * for a section's text.
 */
export const CLOSING_NOTE_MAX = 1000;

/**
 * What happened, said plainly and without pointing at the customer: the practice is to share context honestly
 * ("实话实说…坦诚告知原因和替代方案"), so the note names where the trouble was and what helped, never who is to blame.
 */
const WHERE: Record<ResolutionSide, Record<Language, string>> = {
  customer_network: {
    en: 'We looked into this: the trouble came from the network connection the calls were using',
    zh: '我们排查后发现，问题出在通话所用的网络连接上',
  },
  customer_device: {
    en: 'We looked into this: the trouble came from how the app runs on that device or system version',
    zh: '我们排查后发现，问题与应用在该设备或系统版本上的运行情况有关',
  },
  our_service: {
    en: 'We looked into this: the trouble was on our side',
    zh: '我们排查后发现，问题出在我们这边',
  },
  customer_config: {
    en: 'We looked into this: the trouble came from how the integration was set up',
    zh: '我们排查后发现，问题与集成配置有关',
  },
  not_found: {
    en: 'We looked into this and did not find a fault on either side',
    zh: '我们排查后没有发现任何一方存在故障',
  },
};

const FIX_LEAD: Record<ResolutionSide, Record<Language, string>> = {
  customer_network: { en: 'What helped', zh: '解决办法' },
  customer_device: { en: 'What helped', zh: '解决办法' },
  our_service: { en: 'What we did', zh: '我们的处理' },
  customer_config: { en: 'What helped', zh: '解决办法' },
  not_found: { en: 'What we suggest if it happens again', zh: '如果再次出现，建议' },
};

function sentenceEnd(text: string, language: Language): string {
  if (/[.!?。！？]$/.test(text)) return text;
  return `${text}${language === 'zh' ? '。' : '.'}`;
}

/** A one- or two-sentence note on what happened, in the customer's language, for the agent to review and edit. */
export function draftClosingNote(resolution: Resolution, language: Language): string {
  const zh = language === 'zh';
  const cause = resolution.rootCause && resolution.side !== 'not_found' ? resolution.rootCause : null;
  const where = WHERE[resolution.side][language];
  const first = cause ? (zh ? `${where}（${cause}）。` : `${where} (${cause}).`) : sentenceEnd(where, language);
  if (!resolution.fix) return first;
  const fix = resolution.fix.replace(/\s*[\r\n]+\s*/g, ' ');
  const lead = FIX_LEAD[resolution.side][language];
  return `${first}${zh ? '' : ' '}${lead}${zh ? '：' : ': '}${sentenceEnd(fix, language)}`;
}
