import type { AttachmentKind } from '../attachments.js';
import type { FollowUpTopic } from '../facts.js';
import type { ResolutionSide } from '../resolution.js';
import type { Category, Priority } from '../taxonomy.js';

/** What the built-in drafter says for one kind of problem. */
export interface CategoryPhrases {
  /** Name the feeling first. */
  acknowledge: string;
  /** What we are doing about it now. */
  doing: string;
  /** Something the customer can try meanwhile, without blaming their setup. */
  tryNow: string;
}

/**
 * Everything a customer reads, in one language. Every language has every key (the type says so), and a test checks
 * that each text keeps the English text's placeholders — `{ticket}`, `{when}` … — filled by `fill()` in index.ts.
 * Texts are written as a support agent of that language writes them, in the polite register the language expects,
 * not translated word for word; a translation service can produce a new one from `en` with the placeholders kept.
 */
export interface Catalogue {
  /** The language's own name, for the channel settings menu. */
  name: string;
  /** Arabic reads right to left: filled-in values are isolated (see fill() in index.ts). */
  direction: 'ltr' | 'rtl';
  /** Between two sentences: a space, or nothing in Chinese, Japanese and Thai. */
  sentenceGap: string;
  /** Ends a sentence that has no end mark. */
  fullStop: string;
  /** The kind of problem in plain words, as the receipt names it. */
  category: Record<Category, string>;
  receipt: {
    /** `{ticket}` the ticket number, `{problem}` category, `{files}` what arrived (or nothing), `{when}`. */
    body: string;
    /** `{file}`: one attachment kind. */
    fileOne: string;
    /** `{count}`: how many files. */
    fileMany: string;
    /** Answer time when no target is known or it has passed. */
    soon: string;
    /** `{span}`: "15 minutes", from date-fns in this language. */
    within: string;
    /** `{date}`: a Slack date token. */
    by: string;
  };
  attachment: Record<AttachmentKind, string>;
  draft: {
    phrases: Record<Category, CategoryPhrases>;
    followUp: Record<FollowUpTopic, string>;
    /** When the customer hears from us next: a promise about an update, never about the fix. */
    nextUpdate: Record<Priority, string>;
    askIntro: string;
    thanksForDetails: string;
    qualityIntro: string;
  };
  /** The measured call quality in everyday words. */
  quality: {
    /** One pause of `{seconds}`. */
    frozeOnce: string;
    /** `{count}` pauses (two or more), `{seconds}` in all. */
    froze: string;
    /** `{percent}` of 100 pieces late. */
    lost: string;
    /** `{seconds}` of delay. */
    late: string;
    /** Joins the parts above. */
    join: string;
    steady: string;
    ourSide: string;
    oneSide: string;
  };
  closing: {
    /** `{ticket}`. */
    body: string;
    ratePrompt: string;
    /** `{rating}` out of 5. */
    rated: string;
    /** To someone not of the customer's side who pressed a rating button: nothing was counted. */
    ratingNotYours: string;
    /** To a rating pressed anywhere but the ticket's own closing message. */
    ratingElsewhere: string;
  };
  /** The agent's note on what happened, drafted for them to edit. */
  closingNote: {
    where: Record<ResolutionSide, string>;
    /** `{where}` and `{cause}` (the agent's words). */
    withCause: string;
    helped: string;
    weDid: string;
    suggest: string;
    /** `{lead}` one of the three above, `{fix}` the agent's words. */
    fix: string;
  };
  /** A known problem was fixed: the update every linked customer gets. */
  problemUpdate: {
    /** `{ticket}`. */
    opening: string;
    fixed: string;
    found: string;
    what: string;
    next: string;
    thanks: string;
  };
  /**
   * An outage is under way and its cause not yet known: the interim update every affected customer gets. `{ticket}`,
   * and `{when}` the next update's time as `receipt.by` words it (a Slack date token, read in the reader's own zone).
   * It promises the next update, never a fix time.
   */
  incidentUpdate: string;
}
