import type { KnownBlock, View } from '@slack/types';
import type { Draft, Message, Ticket } from '../db/schema/index.js';
import { disagreement } from '../domain/classification-opinions.js';
import { CATEGORY_SHORT, LANGUAGE_NAME, type Language, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { quote } from './format.js';

/**
 * The card's parts about language: customer messages shown in the agents' language (marked as translations, the
 * originals one click away), a reply written in the agents' language and what went out in the customer's, why a
 * translation is missing or was refused, and the rules' and the model's classification when they differ.
 */

/** What the card knows about translation for this ticket. */
export interface CardTranslation {
  /** The language the triage channel's agents work in. */
  agents: Language;
  /** Whether a model is configured to translate with. */
  model: boolean;
}

/** The most text each part adds to a card (the card's own budget is in CARD_LIMITS, src/views/triage-card.ts). */
export const TRANSLATION_LIMITS = {
  notice: 300,
  note: 220,
  classification: 260,
  /** What went out, shown once a translated reply was sent (no draft is shown then). */
  outgoing: 2400,
  /** The modal with the original messages: one section each, within Slack's 3,000 characters per section. */
  original: 2900,
  originals: 20,
} as const;

/** A language's English name for agents ("Indonesian", "Chinese (Simplified)"). */
export function languageLabel(language: Language): string {
  return LANGUAGE_NAME[language];
}

/** Whether this ticket's customer writes in another language than the agents. */
export function needsTranslation(ticket: Ticket, translation: CardTranslation | undefined): boolean {
  return Boolean(translation && ticket.language !== translation.agents);
}

/** One customer message as the card quotes it: the translation (marked), else the original with why. */
export function messageQuote(
  message: Message,
  translation: CardTranslation | undefined,
  max: number,
  from: Language,
): string {
  const translated = translation && message.translation && message.translationLanguage === translation.agents;
  const note = message.translationNote
    ? `\n_${untrustedMrkdwn(message.translationNote, TRANSLATION_LIMITS.note)}_`
    : '';
  if (!translated) return `${quote(message.text, max)}${note}`;
  const mark = `_(translated from ${languageLabel(from)})_ `;
  return `${mark}\n${quote(message.translation!, max - mark.length)}${note}`;
}

/** Whether any message on the card is shown translated: then the card offers the originals. */
export function showsTranslations(messages: Message[], translation: CardTranslation | undefined): boolean {
  return Boolean(translation && messages.some((m) => m.translation && m.translationLanguage === translation.agents));
}

/** The "Show original" button: opens the customer's messages as written. */
export function showOriginalButton(ticketId: number) {
  return {
    type: 'button' as const,
    action_id: IDS.actions.showOriginal,
    text: { type: 'plain_text' as const, text: 'Show original' },
    value: JSON.stringify({ t: ticketId }),
  };
}

/** Above the draft: what the agents should know about languages on this ticket, if anything. */
export function translationNotice(ticket: Ticket, draft: Draft | undefined, translation?: CardTranslation): string {
  if (!translation || !needsTranslation(ticket, translation)) return '';
  const customer = languageLabel(ticket.language);
  if (!translation.model)
    return cutMrkdwn(
      `:globe_with_meridians: The customer writes in ${customer}. Translation needs a model (OPENAI_API_KEY): ` +
        `their messages show as written, and built-in drafts are in ${customer}, sent as they are.`,
      TRANSLATION_LIMITS.notice,
    );
  if (draft?.status === 'proposed' && draft.language === ticket.language && draft.source !== 'agent')
    return cutMrkdwn(
      `:globe_with_meridians: This draft is in ${customer}, the customer's language, and is sent as it is: the ` +
        `model could not write or translate it, so it is the built-in draft.`,
      TRANSLATION_LIMITS.notice,
    );
  return '';
}

/** Next to "Suggested reply": the language it is in, and what happens to it on approve. */
export function draftLanguageNote(ticket: Ticket, draft: Draft): string {
  if (draft.language === ticket.language) return '';
  return (
    ` — in ${languageLabel(draft.language)}; translated into ${languageLabel(ticket.language)} and checked ` +
    'when approved'
  );
}

/** Why a reply written in the agents' language came back unsent. */
export function unsentNote(draft: Draft): string {
  if (!draft.translationNote) return '';
  return cutMrkdwn(
    `:no_entry: ${untrustedMrkdwn(draft.translationNote, TRANSLATION_LIMITS.note)} Approve to translate it again, ` +
      'edit it, or regenerate.',
    TRANSLATION_LIMITS.notice,
  );
}

/** After a translated reply went out: exactly what the customer received. */
export function sentBlocks(draft: Draft | undefined): KnownBlock[] {
  if (draft?.status !== 'sent' || !draft.outgoing || !draft.outgoingLanguage) return [];
  const head = `*Sent to the customer* _(${languageLabel(draft.outgoingLanguage)}, translated from your reply)_\n`;
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(`${head}${quote(draft.outgoing, TRANSLATION_LIMITS.outgoing)}`, TRANSLATION_LIMITS.outgoing),
      },
    },
  ];
}

/** The rules and the model classified differently: both, and which one the ticket follows. */
export function classificationLine(ticket: Ticket): string {
  const differ = disagreement(ticket.classification);
  if (!differ) return '';
  const { rules, model, decidedBy } = differ;
  const follows =
    decidedBy === 'agent' ? 'an agent chose' : decidedBy === 'model' ? 'the ticket follows the model' : 'rules';
  return cutMrkdwn(
    `:scales: Rules: ${CATEGORY_SHORT[rules.category]} · ${PRIORITY_LABEL[rules.priority]} — Model: ` +
      `${CATEGORY_SHORT[model.category]} · ${PRIORITY_LABEL[model.priority]} ` +
      `(${Math.round(model.confidence * 100)}% sure); ${follows}.`,
    TRANSLATION_LIMITS.classification,
  );
}

/** The customer's messages as they wrote them, in a modal opened from the card's "Show original". */
export function originalMessagesModal(ticket: Ticket, messages: Message[]): View {
  const words = messages.filter((m) => m.role === 'customer');
  const max = TRANSLATION_LIMITS.originals;
  const shown = words.length <= max ? words : [words[0]!, ...words.slice(-(max - 1))];
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `#${ticket.id}: the customer's messages as written, in ${languageLabel(ticket.language)}.`,
        },
      ],
    },
  ];
  for (const m of shown)
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        // Each line quoted adds two characters: cut again to the section's 3,000.
        text: m.deletedAt
          ? '_(deleted by the customer)_'
          : cutMrkdwn(quote(m.text, TRANSLATION_LIMITS.original), TRANSLATION_LIMITS.original),
      },
    });
  if (shown.length < words.length)
    blocks.splice(2, 0, {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `_…${words.length - shown.length} more in the thread…_` }],
    });
  return {
    // Only read: no submit, so no callback to route.
    type: 'modal',
    title: { type: 'plain_text', text: cutPlain(`Original · #${ticket.id}`, 24) },
    close: { type: 'plain_text', text: 'Close' },
    blocks,
  };
}

/** The answer to `/complaints language`: what agents work in now, and what that means without a model. */
export function agentsLanguageMessage(language: Language, changed: boolean, model: boolean): string {
  const now = `${changed ? 'Agents now work in' : 'Agents work in'} ${languageLabel(language)} (\`${language}\`).`;
  return model
    ? `${now} Cards show customers' messages translated into it; replies are written in it and translated into ` +
        "each customer's language when approved."
    : `${now} Translating customers' messages and replies needs a model (OPENAI_API_KEY); without one, ` +
        "messages show as written and built-in drafts are in the customer's language.";
}
