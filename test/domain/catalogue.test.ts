import { describe, expect, it } from 'vitest';
import { CATALOGUES, FSI, fill, PDI, placeholdersOf } from '../../src/domain/catalogue/index.js';
import { draftClosingNote } from '../../src/domain/closing-note.js';
import { isPleasantry } from '../../src/domain/pleasantry.js';
import { detectLanguage } from '../../src/domain/language.js';
import { RESOLUTION_SIDES } from '../../src/domain/resolution.js';
import { CATEGORIES, LANGUAGES, PRIORITIES } from '../../src/domain/taxonomy.js';
import { MAX_REPLY_LENGTH } from '../../src/domain/message-text.js';
import { checkTone } from '../../src/domain/tone.js';
import { builtInReplies } from './built-in-replies.js';
import { incidentUpdateText } from '../../src/drafting/incident-update.js';
import { problemUpdateText } from '../../src/drafting/problem-update.js';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';
import { closingMessage, ratedThanks } from '../../src/views/closing.js';
import { receiptMessage } from '../../src/views/receipt.js';

/** Every text of a catalogue by its path ("draft.followUp.device"), with the fields that are not texts left out. */
function texts(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) for (const [p, t] of texts(v, path ? `${path}.${k}` : k)) out.set(p, t);
  return out;
}
const NOT_TEXTS = new Set(['name', 'direction', 'sentenceGap', 'fullStop']);
const english = texts(CATALOGUES.en);

/**
 * Slack's limits on what these texts end up in: a section's text and a context element's text hold 3,000
 * characters (https://docs.slack.dev/reference/block-kit/blocks/section-block,
 * https://docs.slack.dev/reference/block-kit/blocks/context-block); a reply must fit the Edit box's 3,000
 * (MAX_REPLY_LENGTH); an ephemeral answer such as the rating's thanks is a message text, far under 4,000.
 */
const SECTION_TEXT_MAX = 3000;

describe('message catalogues', () => {
  it('every language has every key of the English one, no more, each a non-empty text', () => {
    for (const language of LANGUAGES) {
      const own = texts(CATALOGUES[language]);
      expect([...own.keys()].sort(), language).toEqual([...english.keys()].sort());
      for (const [path, text] of own)
        if (!NOT_TEXTS.has(path)) expect(text.trim().length, `${language} ${path}`).toBeGreaterThan(0);
    }
  });

  it('every text keeps the placeholders of the English text, and no other', () => {
    for (const language of LANGUAGES)
      for (const [path, text] of texts(CATALOGUES[language]))
        expect(placeholdersOf(text).sort(), `${language} ${path}`).toEqual(placeholdersOf(english.get(path)!).sort());
  });

  it('a language other than English does not fall back to English texts', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const own = texts(CATALOGUES[language]);
      // Templates made only of placeholders and punctuation ("{lead}: {fix}") may well be the same, and so may a
      // single loanword ("video", "image").
      const words = (t: string) => t.replace(/\{[a-zA-Z]+\}/g, '').replace(/[^\p{L}]/gu, '');
      const same = [...own].filter(
        ([p, t]) => !NOT_TEXTS.has(p) && !p.startsWith('attachment.') && t === english.get(p) && words(t).length > 3,
      );
      expect(
        same.map(([p]) => p),
        language,
      ).toEqual([]);
    }
  });

  it('filled texts leave no placeholder behind and fit Slack in every language', async () => {
    const drafter = new RulesDrafter();
    for (const language of LANGUAGES) {
      const receipt = receiptMessage({
        ticketId: 2_147_483_647,
        category: 'compatibility',
        language,
        dueAt: new Date(60 * 60_000),
        now: new Date(0),
        attachments: ['screenshot', 'log'],
      });
      const closing = closingMessage({ ticketId: 2_147_483_647, language, note: 'x'.repeat(1000) });
      const notes = RESOLUTION_SIDES.map((side) =>
        draftClosingNote({ side, rootCause: 'c'.repeat(150), fix: 'f'.repeat(500) }, language),
      );
      const update = problemUpdateText({ ticketId: 2_147_483_647, language, fix: 'f'.repeat(400) });
      const interim = incidentUpdateText({ ticketId: 2_147_483_647, language, nextAt: new Date(8.64e15) });
      const drafts = [];
      for (const category of CATEGORIES)
        for (const priority of PRIORITIES)
          drafts.push(
            (
              await drafter.draft({
                ticketId: 1,
                category,
                priority,
                language,
                facts: {},
                conversation: [{ role: 'customer', text: 'x' }],
                quality: 'q'.repeat(400),
                now: new Date(0),
              })
            ).reply,
          );
      for (const text of [receipt.text, closing.text, ratedThanks(language, 5), ...notes, update, interim, ...drafts]) {
        expect(text, language).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(text.length, language).toBeLessThanOrEqual(Math.min(SECTION_TEXT_MAX, MAX_REPLY_LENGTH));
      }
    }
  });

  it('what the customer reads is recognised as their language: receipt, draft, closing and update', async () => {
    const drafter = new RulesDrafter();
    for (const language of LANGUAGES)
      for (const category of CATEGORIES) {
        const draft = await drafter.draft({
          ticketId: 1,
          category,
          priority: 'high',
          language,
          facts: {},
          conversation: [{ role: 'customer', text: 'x' }],
          now: new Date(0),
        });
        const receipt = receiptMessage({ ticketId: 9, category, language, dueAt: null, now: new Date(0) });
        for (const text of [draft.reply, receipt.text])
          expect(detectLanguage(text), `${language} ${category}`).toBe(language);
      }
    for (const language of LANGUAGES) {
      expect(detectLanguage(closingMessage({ ticketId: 3, language }).text), language).toBe(language);
      expect(detectLanguage(problemUpdateText({ ticketId: 3, language })), language).toBe(language);
      expect(detectLanguage(incidentUpdateText({ ticketId: 3, language, nextAt: new Date(0) })), language).toBe(
        language,
      );
    }
  });

  it('every built-in update and draft passes the tone check in every language', async () => {
    for (const { lang, text } of await builtInReplies(LANGUAGES))
      expect(checkTone(text, { writtenBy: 'drafter' }), `${lang}: ${text}`).toEqual([]);
  });

  it('the interim update names the next update as the receipt names its time, and promises no fix time', () => {
    const nextAt = new Date('2026-12-06T09:30:00Z');
    expect(incidentUpdateText({ ticketId: 7, language: 'en', nextAt })).toBe(
      'An update on your report (ticket #7): other customers are seeing the same problem, and our engineers are ' +
        "working on it right now. You don't need to do anything for the moment. We'll send you the next update " +
        'here by 2026-12-06 09:30 UTC, or sooner as soon as it is fixed.',
    );
    expect(incidentUpdateText({ ticketId: 7, language: 'ja', nextAt })).toContain('2026-12-06 09:30 UTCまでに');
    expect(incidentUpdateText({ ticketId: 7, language: 'ar', nextAt })).toContain(`${FSI}#7${PDI}`);
  });

  it('in Arabic every ticket number and figure sits in its own isolate, so "#123" keeps its order', () => {
    const receipt = receiptMessage({ ticketId: 123, category: 'crash', language: 'ar', dueAt: null, now: new Date(0) });
    expect(receipt.text).toContain(`*${FSI}#123${PDI}*`);
    expect(closingMessage({ ticketId: 45, language: 'ar' }).text).toContain(`${FSI}#45${PDI}`);
    expect(ratedThanks('ar', 4)).toContain(`${FSI}4${PDI}/5`);
    // Outside the isolates, no bare "#" or digit sits next to the Arabic words.
    const outside = receipt.text.replace(new RegExp(`${FSI}[^${PDI}]*${PDI}`, 'g'), '');
    expect(outside).not.toMatch(/#\d/);
    // Left-to-right languages get the values as they are.
    expect(fill('{ticket}', { ticket: '#7' }, 'ja')).toBe('#7');
  });

  it('the Japanese texts hold no Chinese-only characters, and the Chinese ones no kana', () => {
    // Simplified forms Japanese does not use (Japanese writes 個, 対, 後, 為, 関, 題, 線, 話 …).
    const simplifiedOnly =
      /[们这个说对没发后过还为开关问题从动现线连话频视听断录网络应该设备务请谢进让么样经实试间错误]/;
    const kana = /[\u3040-\u30ff]/;
    for (const [path, text] of texts(CATALOGUES.ja)) expect(text, path).not.toMatch(simplifiedOnly);
    for (const language of ['zh', 'zh-Hant'] as const)
      for (const [path, text] of texts(CATALOGUES[language])) expect(text, `${language} ${path}`).not.toMatch(kana);
  });
});

describe('pleasantries in every language', () => {
  it.each([
    'ありがとうございます！',
    '감사합니다 🙏',
    '¡Muchas gracias!',
    'Obrigado!',
    'Terima kasih',
    'Cảm ơn!',
    'ขอบคุณครับ',
    'شكرًا',
    'Teşekkürler',
    'Merci beaucoup !',
    'Vielen Dank!',
    'Спасибо!',
    'धन्यवाद',
    '謝謝！',
  ])('%j opens no ticket', (text) => expect(isPleasantry(text)).toBe(true));

  it.each([
    'ありがとうございます。まだ映像が止まります',
    'Gracias, pero sigue sin audio',
    'Спасибо, но звонки всё ещё обрываются',
  ])('%j is a complaint', (text) => expect(isPleasantry(text)).toBe(false));
});
