import { classify } from '../domain/classify.js';
import { extractFacts, missingTopics } from '../domain/facts.js';
import { CATEGORY_SHORT } from '../domain/taxonomy.js';
import { truncate } from '../views/format.js';
import type { DraftRequest, DraftResult, Drafter } from './drafter.js';
import {
  ASK_INTRO,
  CATEGORY_PHRASES,
  FOLLOW_UP_QUESTIONS,
  NEXT_UPDATE,
  QUALITY_INTRO,
  THANKS_FOR_DETAILS,
} from './phrases.js';

/** At most this many questions at once: a wall of questions reads like a form, not a conversation. */
const MAX_QUESTIONS = 3;
/** The summary is one line of at most 200 characters: only the start of the first message is needed. */
const SUMMARY_SOURCE_CHARS = 400;

/**
 * The built-in drafter: no network, Chinese and English. It follows the seed's techniques:
 * name the feeling, say what we are doing, offer something to try, ask only what is still missing,
 * and say when the customer will hear from us.
 */
export class RulesDrafter implements Drafter {
  async draft(request: DraftRequest): Promise<DraftResult> {
    const customerMessages = request.conversation.filter((m) => m.role === 'customer').map((m) => m.text);
    // Message by message, as intake reads them: each is read from its start, and what was said first is kept.
    const facts = customerMessages.reduce((known, text) => extractFacts(text, known), request.facts);
    const lang = request.language;
    const phrases = CATEGORY_PHRASES[request.category][lang];
    const followUps = missingTopics(facts)
      .slice(0, MAX_QUESTIONS)
      .map((t) => FOLLOW_UP_QUESTIONS[t][lang]);
    const isFollowUp = request.conversation.some((m) => m.role === 'agent');
    const sep = lang === 'zh' ? '' : ' ';

    const paragraphs: string[] = [];
    paragraphs.push(
      isFollowUp ? `${THANKS_FOR_DETAILS[lang]}${sep}${phrases.doing}` : `${phrases.acknowledge}${sep}${phrases.doing}`,
    );
    if (request.quality) paragraphs.push(`${QUALITY_INTRO[lang]}${sep}${request.quality}`);
    if (followUps.length > 0) paragraphs.push([ASK_INTRO[lang], ...followUps.map((q) => `• ${q}`)].join('\n'));
    if (!isFollowUp) paragraphs.push(phrases.tryNow);
    paragraphs.push(NEXT_UPDATE[request.priority][lang]);

    const first = customerMessages[0] ?? '';
    const matched = customerMessages.some((text) => classify(text).matched.length > 0);
    return {
      reply: paragraphs.join('\n\n'),
      followUps,
      summary: truncate(
        `${CATEGORY_SHORT[request.category]}: ${first.slice(0, SUMMARY_SOURCE_CHARS).replace(/\s+/g, ' ')}`,
        200,
      ),
      category: request.category,
      confidence: matched ? 0.7 : 0.3,
      language: lang,
      facts,
      source: 'rules',
    };
  }
}
