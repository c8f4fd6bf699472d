import type { AskAnswer } from '../domain/ask/answer.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { type PayloadOf, uploadChartJob } from '../queue/jobs.js';
import { answerQuery, answerSeries, readAskQuestion } from '../services/ask.js';
import { postOnce } from '../slack/post-once.js';
import { askAnswerMessage } from '../views/ask-answer.js';
import { type Handler, postOptions } from './context.js';

/**
 * An answer posted for everyone in the triage channel: to a mention of the app (in its thread), or one an agent
 * shared from the answer only they saw. A series over time gets its chart in the same thread.
 */
export const postAnswer: Handler<PayloadOf<'ask.answer'>> = async (p, job, deps) => {
  const answer = await answerOf(p, deps);
  const message = askAnswerMessage(answer, {
    timeZone: deps.config.sla.calendar.timeZone,
    triageChannelId: deps.config.triageChannelId,
    askedBy: p.query ? p.askedBy : undefined,
  });
  const posted = await postOnce(deps.client, {
    channel: p.channel,
    text: message.text,
    blocks: message.blocks,
    ...(p.threadTs ? { threadTs: p.threadTs } : {}),
    ...postOptions(job, deps),
  });
  const series = answerSeries(answer);
  if (series) {
    await uploadChartJob.queue(deps.db, {
      until: p.askedAt,
      threadTs: p.threadTs ?? posted.ts,
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<(typeof CATEGORIES)[number], number>,
      daily: [],
      series: { id: posted.ts, ...series },
    });
    deps.wake();
  }
  return { ts: posted.ts, kind: answer.kind };
};

async function answerOf(p: PayloadOf<'ask.answer'>, deps: Parameters<typeof postAnswer>[2]): Promise<AskAnswer> {
  const askedAt = new Date(p.askedAt);
  if (p.refused) {
    return p.refused.kind === 'empty'
      ? { kind: 'empty', language: p.language }
      : { kind: 'too_long', language: p.language, length: p.refused.length };
  }
  if (p.query) return answerQuery(deps, { query: p.query, readBy: p.readBy ?? 'rules', language: p.language, askedAt });
  const read = await readAskQuestion({ ...deps, writer: deps.askWriter, now: () => askedAt }, p.question ?? '');
  return 'ok' in read ? answerQuery(deps, { ...read, askedAt }) : read;
}
