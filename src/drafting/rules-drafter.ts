import { catalogue, sentences } from '../domain/catalogue/index.js';
import { classify, SIMILAR_EXAMPLES } from '../domain/classify.js';
import { extractFacts, missingTopics } from '../domain/facts.js';
import { CATEGORY_SHORT } from '../domain/taxonomy.js';
import { truncate } from '../views/format.js';
import type { DraftRequest, DraftResult, Drafter } from './drafter.js';

/** At most this many questions at once: a wall of questions reads like a form, not a conversation. */
const MAX_QUESTIONS = 3;
/** The summary is one line of at most 200 characters: only the start of the first message is needed. */
const SUMMARY_SOURCE_CHARS = 400;

/**
 * The built-in drafter: no network, every language of the catalogues (src/domain/catalogue). It follows the seed's
 * techniques:
 * name the feeling, say what we are doing, offer something to try, ask only what is still missing,
 * and say when the customer will hear from us.
 */
export class RulesDrafter implements Drafter {
  async draft(request: DraftRequest): Promise<DraftResult> {
    const customerMessages = request.conversation.filter((m) => m.role === 'customer').map((m) => m.text);
    // Message by message, as intake reads them: each is read from its start, and what was said first is kept.
    const facts = customerMessages.reduce((known, text) => extractFacts(text, known), request.facts);
    const lang = request.language;
    const words = catalogue(lang).draft;
    const phrases = words.phrases[request.category];
    const followUps = missingTopics(facts)
      .slice(0, MAX_QUESTIONS)
      .map((t) => words.followUp[t]);
    const isFollowUp = request.conversation.some((m) => m.role === 'agent');

    const paragraphs: string[] = [];
    paragraphs.push(
      isFollowUp
        ? sentences(lang, words.thanksForDetails, phrases.doing)
        : sentences(lang, phrases.acknowledge, phrases.doing),
    );
    if (request.quality) paragraphs.push(sentences(lang, words.qualityIntro, request.quality));
    if (followUps.length > 0) paragraphs.push([words.askIntro, ...followUps.map((q) => `• ${q}`)].join('\n'));
    if (!isFollowUp) paragraphs.push(phrases.tryNow);
    paragraphs.push(words.nextUpdate[request.priority]);

    const first = customerMessages[0] ?? '';
    const readings = customerMessages.map((text) => classify(text).matched);
    const byKeywords = readings.some((m) => m.length > 0 && !m.includes(SIMILAR_EXAMPLES));
    const byExamples = readings.some((m) => m.includes(SIMILAR_EXAMPLES));
    return {
      reply: paragraphs.join('\n\n'),
      followUps,
      summary: truncate(
        `${CATEGORY_SHORT[request.category]}: ${first.slice(0, SUMMARY_SOURCE_CHARS).replace(/\s+/g, ' ')}`,
        200,
      ),
      category: request.category,
      // A category read from similar examples is surer than none, less sure than one named by keywords.
      confidence: byKeywords ? 0.7 : byExamples ? 0.5 : 0.3,
      language: lang,
      facts,
      source: 'rules',
    };
  }
}
