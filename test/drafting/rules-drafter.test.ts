import { describe, expect, it } from 'vitest';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';
import { catalogue } from '../../src/domain/catalogue/index.js';
import { detectLanguage } from '../../src/domain/language.js';
import { checkTone } from '../../src/domain/tone.js';
import { CATEGORIES, DEFAULT_PRIORITY, type Language, PRIORITIES } from '../../src/domain/taxonomy.js';

const drafter = new RulesDrafter();
const SAMPLE: Record<'en' | 'zh', string> = { en: 'Something is wrong with our calls', zh: '我们的通话有问题' };

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
        expect(result.followUps).not.toContain(catalogue(language).draft.followUp.network);
        expect(result.followUps).not.toContain(catalogue(language).draft.followUp.device);
        expect(result.followUps).toEqual([
          catalogue(language).draft.followUp.scenario,
          catalogue(language).draft.followUp.timeAndRegion,
          catalogue(language).draft.followUp.callId,
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

  it('passes the tone check in both languages for every category and priority, first reply or follow-up', async () => {
    const hostile =
      '<!channel> see <https://evil.example|our docs> <@U0ATTACKER> your network is bad, we guarantee a refund';
    for (const language of ['en', 'zh'] as const)
      for (const category of CATEGORIES)
        for (const priority of PRIORITIES)
          for (const followUp of [false, true]) {
            const conversation = [
              { role: 'customer' as const, text: `${SAMPLE[language]} ${hostile}` },
              ...(followUp
                ? [
                    { role: 'agent' as const, text: 'Which device?' },
                    { role: 'customer' as const, text: 'Pixel 8' },
                  ]
                : []),
            ];
            const result = await drafter.draft({
              ticketId: 10,
              category,
              priority,
              language,
              facts: {},
              conversation,
              now: new Date(),
            });
            expect(checkTone(result.reply, { writtenBy: 'drafter', conversation })).toEqual([]);
            expect(detectLanguage(result.reply)).toBe(language);
          }
  });

  it('reads facts from every customer message, even after a very long first one', async () => {
    const result = await drafter.draft({
      ticketId: 11,
      category: 'connectivity',
      priority: 'high',
      language: 'en',
      facts: {},
      conversation: [
        { role: 'customer', text: `calls drop, log follows: ${'x'.repeat(39_000)}` },
        { role: 'agent', text: 'Which device?' },
        { role: 'customer', text: 'Pixel 8 on 5G' },
      ],
      now: new Date(),
    });
    expect(result.facts).toMatchObject({ device: 'Pixel 8', network: '5G' });
    expect(result.summary.length).toBeLessThanOrEqual(200);
  });
});
