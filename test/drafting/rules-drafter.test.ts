import { describe, expect, it } from 'vitest';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';
import { FOLLOW_UP_QUESTIONS } from '../../src/drafting/phrases.js';
import { detectLanguage } from '../../src/domain/language.js';
import { checkTone } from '../../src/domain/tone.js';
import { CATEGORIES, DEFAULT_PRIORITY, type Language } from '../../src/domain/taxonomy.js';

const drafter = new RulesDrafter();
const SAMPLE: Record<Language, string> = { en: 'Something is wrong with our calls', zh: '我们的通话有问题' };

describe('built-in drafter', () => {
  for (const category of CATEGORIES) {
    for (const language of ['en', 'zh'] as const) {
      it(`drafts ${category} in ${language}: customer's language, clean tone, only missing questions`, async () => {
        const result = await drafter.draft({
          ticketId: 7,
          category,
          priority: DEFAULT_PRIORITY[category],
          language,
          facts: { network: '4G', place: 'outside', device: 'iPhone 15', os: 'iOS 17' },
          conversation: [{ role: 'customer', text: SAMPLE[language] }],
          now: new Date(),
        });
        expect(result.source).toBe('rules');
        expect(detectLanguage(result.reply)).toBe(language);
        expect(checkTone(result.reply)).toEqual([]);
        // Network and device are known: no question about them; scenario, time and call id are asked.
        expect(result.followUps).not.toContain(FOLLOW_UP_QUESTIONS.network[language]);
        expect(result.followUps).not.toContain(FOLLOW_UP_QUESTIONS.device[language]);
        expect(result.followUps).toEqual([
          FOLLOW_UP_QUESTIONS.scenario[language],
          FOLLOW_UP_QUESTIONS.timeAndRegion[language],
          FOLLOW_UP_QUESTIONS.callId[language],
        ]);
        for (const q of result.followUps) expect(result.reply).toContain(q);
        expect(result.summary.length).toBeGreaterThan(5);
      });
    }
  }

  it('asks nothing when everything is known, and thanks the customer on a follow-up', async () => {
    const result = await drafter.draft({
      ticketId: 8,
      category: 'connectivity',
      priority: 'high',
      language: 'en',
      facts: {
        scenario: '1v1 call',
        network: '5G',
        place: 'home',
        device: 'Pixel 8',
        os: 'Android 14',
        time: 'today 10am',
        region: 'Manila',
        callId: 'room-1',
      },
      conversation: [
        { role: 'customer', text: 'calls drop' },
        { role: 'agent', text: 'Sorry! Which device?' },
        { role: 'customer', text: 'Pixel 8' },
      ],
      now: new Date(),
    });
    expect(result.followUps).toEqual([]);
    expect(result.reply).toContain('Thank you for the details');
    expect(result.reply).toContain('within 1 hour');
  });

  it('speaks with data when a quality summary is given', async () => {
    const result = await drafter.draft({
      ticketId: 9,
      category: 'av_quality',
      priority: 'medium_high',
      language: 'en',
      facts: {},
      conversation: [{ role: 'customer', text: 'laggy video' }],
      quality: 'the video paused 3 times, about 12 seconds in all.',
      now: new Date(),
    });
    expect(result.reply).toContain('We looked at that call: the video paused 3 times');
  });
});
