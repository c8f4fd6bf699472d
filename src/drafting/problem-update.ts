import type { Language } from '../domain/taxonomy.js';

/** The agent's own words about the fix, as far as a customer update quotes them. */
export const UPDATE_FIX_MAX_CHARS = 400;

const WORDING = {
  en: {
    opening: (id: number) => `An update on your report (ticket #${id}):`,
    fixed: 'we found what was behind the problem you told us about, and it has now been fixed on our side.',
    found: 'we found what was behind the problem you told us about, and it has been dealt with.',
    what: 'What we did:',
    next:
      'Could you try again when you next have a call? ' +
      'If anything still isn’t right, reply here and we’ll pick it up straight away.',
    thanks: 'Thank you for telling us, and for your patience while we worked on it.',
  },
  zh: {
    opening: (id: number) => `关于您反馈的问题（工单 #${id}），向您同步一下进展：`,
    fixed: '我们已经查明了问题的原因，并在我们这边完成了修复。',
    found: '我们已经查明了问题的原因，并已处理。',
    what: '我们做了这些：',
    next: '方便的时候请再试一次通话。如果仍有不对的地方，直接在这里回复，我们会马上跟进。',
    thanks: '感谢您的反馈，也感谢您在我们处理期间的耐心。',
  },
} as const;

/**
 * The built-in update for a customer whose ticket is one case of a known problem that is now resolved: what
 * happened in plain words, what was done (the fix as the agent wrote it, which the tone check reads before anyone
 * approves it), and the next step. The problem's title and cause are internal notes and stay out of it.
 */
export function problemUpdateText(params: { ticketId: number; language: Language; fix?: string | null }): string {
  const w = WORDING[params.language];
  const sep = params.language === 'zh' ? '' : ' ';
  const fix = params.fix?.trim().replace(/\s+/g, ' ').slice(0, UPDATE_FIX_MAX_CHARS);
  const paragraphs = [`${w.opening(params.ticketId)}${sep}${fix ? w.fixed : w.found}`];
  if (fix) paragraphs.push(`${w.what}${sep}${fix}`);
  paragraphs.push(w.next, w.thanks);
  return paragraphs.join('\n\n');
}
