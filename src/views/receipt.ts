import { formatDistanceStrict, type Locale } from 'date-fns';
import { ar, de, es, fr, hi, id, ja, ko, ptBR, ru, th, tr, vi, zhCN, zhTW } from 'date-fns/locale';
import type { AttachmentKind } from '../domain/attachments.js';
import { catalogue, fill } from '../domain/catalogue/index.js';
import type { Category, Language } from '../domain/taxonomy.js';
import { slackDate } from './format.js';

export interface ReceiptInput {
  ticketId: number;
  category: Category;
  language: Language;
  dueAt: Date | null;
  now: Date;
  /** What the customer attached to the message that opened the ticket. */
  attachments?: readonly AttachmentKind[];
}

/** date-fns' words for "15 minutes" in each language; English is its default. */
const DURATION_LOCALE: Record<Language, Locale | undefined> = {
  en: undefined,
  zh: zhCN,
  'zh-Hant': zhTW,
  ja,
  ko,
  es,
  pt: ptBR,
  id,
  vi,
  th,
  ar,
  tr,
  fr,
  de,
  ru,
  hi,
};

/** "We have your screenshot." — so a customer who only sent a picture knows it arrived. */
function receivedAttachments(kinds: readonly AttachmentKind[], language: Language): string {
  const words = catalogue(language);
  if (kinds.length === 0) return '';
  if (kinds.length === 1) return fill(words.receipt.fileOne, { file: words.attachment[kinds[0]!] }, language);
  return fill(words.receipt.fileMany, { count: kinds.length }, language);
}

/** Within two hours a person reads "within 15 minutes" best; beyond that, a time they can plan around. */
const RELATIVE_LIMIT_MS = 2 * 3_600_000;

function when(input: ReceiptInput): string {
  const { dueAt, now, language } = input;
  const words = catalogue(language).receipt;
  if (!dueAt) return words.soon;
  const wait = dueAt.getTime() - now.getTime();
  if (wait <= 0) return words.soon;
  if (wait <= RELATIVE_LIMIT_MS) {
    const locale = DURATION_LOCALE[language];
    let span = formatDistanceStrict(dueAt, now, { roundingMethod: 'ceil', ...(locale ? { locale } : {}) });
    // Chinese writes "15分钟内" without spaces.
    if (language === 'zh' || language === 'zh-Hant') span = span.replace(/\s+/g, '');
    return fill(words.within, { span }, language);
  }
  return fill(words.by, { date: slackDate(dueAt) }, language);
}

/** The automatic receipt: a ticket number, what we understood, and when a person will answer. */
export function receiptMessage(input: ReceiptInput): { text: string } {
  const words = catalogue(input.language);
  // The parts are filled in first and isolated once, as whole values, in a right-to-left language.
  const text = fill(
    words.receipt.body,
    {
      ticket: `#${input.ticketId}`,
      problem: words.category[input.category],
      files: receivedAttachments(input.attachments ?? [], input.language),
      when: when(input),
    },
    input.language,
  );
  return { text };
}
