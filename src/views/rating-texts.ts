import type { Language } from '../domain/taxonomy.js';

/**
 * What the person who pressed a rating button reads, in the ticket's customer language: one entry per language we
 * write to customers in, so a language added to `Language` cannot go out without its own words.
 */
export const RATING_TEXTS: Record<
  Language,
  { thanks: (rating: number) => string; notYours: string; notThisMessage: string }
> = {
  en: {
    thanks: (rating) => `Thank you for rating us ${rating}/5!`,
    notYours:
      'Thanks for wanting to help! Only the customer who raised this ticket, or their team, can rate it, so your ' +
      'click was not counted.',
    notThisMessage:
      'Sorry, this rating could not be matched to the ticket. Please use the buttons in the ticket’s own closing ' +
      'message.',
  },
  zh: {
    thanks: (rating) => `感谢您的评价（${rating}/5）！`,
    notYours: '感谢您的关注！这个工单只能由提出问题的客户或其团队成员评价，所以这次点击没有计入。',
    notThisMessage: '抱歉，这次评价无法对应到该工单。请使用该工单结束消息中的按钮进行评价。',
  },
};
