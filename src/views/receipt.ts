import { formatDistanceStrict } from 'date-fns';
import { zhCN } from 'date-fns/locale';
import type { AttachmentKind } from '../domain/attachments.js';
import { CATEGORY_LABEL, type Category, type Language } from '../domain/taxonomy.js';
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

const ATTACHMENT_WORD: Record<AttachmentKind, { en: string; zh: string }> = {
  screenshot: { en: 'screenshot', zh: '截图' },
  image: { en: 'image', zh: '图片' },
  screen_recording: { en: 'screen recording', zh: '录屏' },
  video: { en: 'video', zh: '视频' },
  audio: { en: 'audio recording', zh: '录音' },
  log: { en: 'log file', zh: '日志文件' },
  document: { en: 'document', zh: '文档' },
  file: { en: 'file', zh: '文件' },
};

/** " We have your screenshot." — so a customer who only sent a picture knows it arrived. */
function receivedAttachments(kinds: readonly AttachmentKind[], language: Language): string {
  if (kinds.length === 0) return '';
  if (kinds.length === 1) {
    const word = ATTACHMENT_WORD[kinds[0]!];
    return language === 'zh' ? `我们已收到您发来的${word.zh}。` : ` We have your ${word.en}.`;
  }
  return language === 'zh'
    ? `我们已收到您发来的 ${kinds.length} 个文件。`
    : ` We have the ${kinds.length} files you sent.`;
}

/** Within two hours a person reads "within 15 minutes" best; beyond that, a time they can plan around. */
const RELATIVE_LIMIT_MS = 2 * 3_600_000;

function when(input: ReceiptInput): string {
  const { dueAt, now, language } = input;
  if (!dueAt) return language === 'zh' ? '尽快' : 'as soon as possible';
  const wait = dueAt.getTime() - now.getTime();
  if (wait > 0 && wait <= RELATIVE_LIMIT_MS) {
    const span = formatDistanceStrict(
      dueAt,
      now,
      language === 'zh' ? { locale: zhCN, roundingMethod: 'ceil' } : { roundingMethod: 'ceil' },
    );
    return language === 'zh' ? `${span.replace(/\s+/g, '')}内` : `within ${span}`;
  }
  if (wait <= 0) return language === 'zh' ? '尽快' : 'as soon as possible';
  return language === 'zh' ? `在 ${slackDate(dueAt)} 前` : `by ${slackDate(dueAt)}`;
}

/** The automatic receipt: a ticket number, what we understood, and when a person will answer. */
export function receiptMessage(input: ReceiptInput): { text: string } {
  const problem = CATEGORY_LABEL[input.category][input.language];
  const files = receivedAttachments(input.attachments ?? [], input.language);
  if (input.language === 'zh') {
    return {
      text:
        `您好，已收到您的反馈，给您带来不便非常抱歉。我们已为您创建工单 *#${input.ticketId}*（${problem}）。${files}\n` +
        `支持同事会${when(input)}在这个帖子里回复您。如果方便，可以在此补充通话 ID 或频道名、发生的时间，便于我们更快查到这次通话的情况。`,
    };
  }
  return {
    text:
      `Thanks for letting us know, and sorry for the trouble. We've opened ticket *#${input.ticketId}* (` +
      `${problem}).${files}\n` +
      `A person from our support team will reply in this thread ${when(input)}. If you have the call or channel ` +
      `ID and roughly when it happened, add them here and we can look up that call straight away.`,
  };
}
