import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, tickets } from '../../src/db/schema/index.js';
import { catalogue, FSI, PDI } from '../../src/domain/catalogue/index.js';
import { detectLanguage } from '../../src/domain/language.js';
import type { Language } from '../../src/domain/taxonomy.js';
import { IDS } from '../../src/ids.js';
import { ratedThanks } from '../../src/views/closing.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';
import { resolveThroughWindow } from './resolve-support.js';

/** Simplified forms Japanese never writes: a Japanese customer must not read any of them. */
const SIMPLIFIED_ONLY = /[们这个说对没发后过还为开关问题从动现线连话频视听断录网络应该设备务请谢进让么样经实试间错误]/;

describe('every customer in their own language, with no model', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  const row = async (id: number) => (await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]!;
  const thread = (ts: string) => h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts });

  const CUSTOMERS: Array<{ language: Language; user: string; text: string; opening: string }> = [
    {
      language: 'ja',
      user: 'UCUSTJA01',
      text: 'ビデオ通話中に映像が固まって、音声も途切れます。iPhone 14 と Android 13 の両方で起きています。',
      opening: 'お問い合わせいただきありがとうございます',
    },
    {
      language: 'zh-Hant',
      user: 'UCUSTZT01',
      text: '直播的時候畫面一直卡頓，聲音也斷斷續續的，觀眾都在抱怨',
      opening: '您好，已收到您的回報',
    },
    {
      language: 'th',
      user: 'UCUSTTH01',
      text: 'ตอนวิดีโอคอลภาพกระตุกและเสียงดีเลย์มาก ลูกค้าของเราบ่นเยอะมาก',
      opening: 'ขอบคุณที่แจ้งให้เราทราบ',
    },
    {
      language: 'ar',
      user: 'UCUSTAR01',
      text: 'الفيديو يتقطع والصوت متأخر جدًا أثناء المكالمات، والعملاء يشتكون كثيرًا',
      opening: 'شكرًا لتواصلك معنا',
    },
  ];

  for (const c of CUSTOMERS) {
    it(`${c.language}: receipt, follow-ups, draft, closing and rating in the customer's language`, async () => {
      const words = catalogue(c.language);
      const { ts } = await h.customerSays(c.text, { user: c.user });
      const ticket = await ticketFor(h, ts);
      expect(ticket).toMatchObject({ language: c.language, category: 'av_quality' });

      const receipt = await h.emulator.waitFor(() => thread(ts)[0], 5000, 'receipt');
      expect(receipt.text.startsWith(c.opening)).toBe(true);
      expect(receipt.text).toContain(words.category.av_quality);
      expect(detectLanguage(receipt.text)).toBe(c.language);
      if (c.language === 'ar') expect(receipt.text).toContain(`${FSI}#${ticket.id}${PDI}`);
      else expect(receipt.text).toContain(`#${ticket.id}`);

      // The built-in draft and its follow-up questions come from the language's catalogue.
      const { card, draft } = await cardWithDraft(h, ticket.id);
      expect(draft.language).toBe(c.language);
      expect(draft.reply.startsWith(words.draft.phrases.av_quality.acknowledge)).toBe(true);
      expect(draft.followUps.length).toBeGreaterThan(0);
      for (const q of draft.followUps) expect(Object.values(words.draft.followUp)).toContain(q);
      expect(detectLanguage(draft.reply)).toBe(c.language);
      // The card tells agents which language the customer is answered in.
      expect(JSON.stringify(card.blocks)).toContain('Customer writes in');

      const approve = await h.slack.blockAction({
        userId: PEOPLE.agent,
        channelId: PEOPLE.triage,
        messageTs: card.ts,
        actionId: IDS.actions.approve,
        value: JSON.stringify({ t: ticket.id, d: draft.id }),
      });
      expect(approve.status).toBe(200);
      const sent = await h.emulator.waitFor(
        () => thread(ts).find((m) => m.text.includes(words.draft.phrases.av_quality.doing)),
        10_000,
        'the approved reply in the thread',
      );
      expect(detectLanguage(sent.text)).toBe(c.language);

      const resolved = await resolveThroughWindow(h, { ticketId: ticket.id, cardTs: card.ts, userId: PEOPLE.agent });
      expect(resolved.status).toBe(200);
      const closing = await h.emulator.waitFor(
        () => thread(ts).find((m) => JSON.stringify(m.blocks ?? []).includes(`"rate_${ticket.id}"`)),
        10_000,
        'closing message',
      );
      expect(detectLanguage(closing.text)).toBe(c.language);
      const [head, tail] = words.closing.body.split('{ticket}') as [string, string];
      expect(closing.text).toContain(`${head}${c.language === 'ar' ? `${FSI}#${ticket.id}${PDI}` : `#${ticket.id}`}`);
      expect(closing.text.endsWith(tail)).toBe(true);
      expect(JSON.stringify(closing.blocks)).toContain(JSON.stringify(words.closing.ratePrompt).slice(1, -1));

      const before = h.emulator.callsOf('chat.postEphemeral').length;
      const rated = await h.slack.blockAction({
        userId: c.user,
        userTeamId: PEOPLE.customerTeam,
        channelId: PEOPLE.customerChannel,
        messageTs: closing.ts,
        threadTs: ts,
        actionId: `${IDS.actions.rate}_5`,
        value: JSON.stringify({ t: ticket.id, r: 5 }),
      });
      expect(rated.status).toBe(200);
      const thanks = await h.emulator.waitFor(
        () => h.emulator.callsOf('chat.postEphemeral').slice(before)[0],
        5000,
        'rating thanks',
      );
      expect(String(thanks.args.text)).toBe(ratedThanks(c.language, 5));
      expect((await row(ticket.id)).rating).toBe(5);

      // Nothing the app posted in a Japanese customer's thread carries Chinese.
      if (c.language === 'ja') for (const m of thread(ts)) expect(m.text).not.toMatch(SIMPLIFIED_ONLY);
    });
  }

  it("a thanks or an English log paste in the thread does not switch the ticket's language", async () => {
    const { ts } = await h.customerSays('カメラをオンにするとアプリが落ちます。Pixel 8、Android 14 です。', {
      user: 'UCUSTJA02',
    });
    const ticket = await ticketFor(h, ts);
    expect(ticket).toMatchObject({ language: 'ja', category: 'crash' });
    await h.customerSays('E/AndroidRuntime: FATAL EXCEPTION: main java.lang.NullPointerException at Camera.open', {
      user: 'UCUSTJA02',
      threadTs: ts,
    });
    await h.customerSays('thanks!', { user: 'UCUSTJA02', threadTs: ts });
    await h.settle();
    expect((await row(ticket.id)).language).toBe('ja');
  });

  it('a ticket whose first message shows no language takes the one the customer writes next in', async () => {
    const { ts } = await h.customerSays('SDK 4.2.6 / iOS 18.1 ???', { user: 'UCUSTID01' });
    const ticket = await ticketFor(h, ts);
    expect(ticket.language).toBe('en');
    await h.customerSays('Videonya patah-patah setiap kali ada lebih dari tiga peserta dalam panggilan.', {
      user: 'UCUSTID01',
      threadTs: ts,
    });
    await eventually(async () => (await row(ticket.id)).language === 'id', 10_000, 'the ticket in Indonesian');
    // The next draft is written in it (its card follows at the triage channel's pace); a later English line does not
    // switch it back.
    const draft = await eventually(
      async () =>
        (await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, ticket.id))).find(
          (d) => d.status === 'proposed' && d.language === 'id',
        ),
      10_000,
      'a draft in Indonesian',
    );
    expect(detectLanguage(draft.reply), draft.reply).toBe('id');
    await h.customerSays('Any update?', { user: 'UCUSTID01', threadTs: ts });
    await h.settle();
    expect((await row(ticket.id)).language).toBe('id');
  });

  it('words of churn raise the priority one step, mark the card and tell the lead once', async () => {
    const { ts } = await h.customerSays(
      '映像がずっとカクカクしています。改善しない場合、他社への乗り換えを検討します。',
      {
        user: 'UCUSTJA03',
      },
    );
    const ticket = await ticketFor(h, ts);
    // A/V quality is medium-high; the churn words raise it to high.
    expect(ticket).toMatchObject({ language: 'ja', category: 'av_quality', priority: 'high' });
    expect(ticket.churnSignals.length).toBeGreaterThan(0);
    const lead = () =>
      h.emulator
        .posts({ channel: PEOPLE.triage })
        .filter((m) => m.text.includes(`<@${PEOPLE.lead}>`) && m.text.includes(`#${ticket.id} `));
    await h.emulator.waitFor(() => lead()[0], 10_000, 'the lead told');
    const card = await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${ticket.id} `)),
      5000,
      'card',
    );
    expect(JSON.stringify(card.blocks)).toContain('Churn or urgency');
    // Saying it again tells no one twice.
    await h.customerSays('本当に解約を検討しています。至急対応をお願いします。', { user: 'UCUSTJA03', threadTs: ts });
    await h.settle();
    await eventually(async () => (await row(ticket.id)).cycle >= 0, 2000, 'settled');
    expect(lead()).toHaveLength(1);
    expect((await row(ticket.id)).priority).toBe('high');
  });

  it('a thread that starts calmly and turns to cancelling is raised then, and the lead is told', async () => {
    const { ts } = await h.customerSays('La función de filtro de belleza no funciona en la versión 4.3.', {
      user: 'UCUSTES01',
    });
    const ticket = await ticketFor(h, ts);
    expect(ticket).toMatchObject({ language: 'es', category: 'feature', priority: 'medium' });
    await h.customerSays('Si no se soluciona hoy vamos a cancelar el contrato.', { user: 'UCUSTES01', threadTs: ts });
    const raised = await eventually(
      async () => ((await row(ticket.id)).priority === 'medium_high' ? row(ticket.id) : undefined),
      5000,
      'raised',
    );
    expect(raised.churnSignals).toEqual(['cancelar el contrato']);
    await h.emulator.waitFor(
      () =>
        h.emulator
          .posts({ channel: PEOPLE.triage })
          .find((m) => m.text.includes(`<@${PEOPLE.lead}>`) && m.text.includes(`#${ticket.id} `)),
      10_000,
      'the lead told',
    );
  });
});
