import { z } from 'zod';
import { type AskAnswer, ASK_MAX_CHARS } from '../domain/ask/answer.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { askQuerySchema } from '../domain/ask/query.js';
import { answerQuery, answerSeries, readAskQuestion } from '../services/ask.js';
import { postOnce } from '../slack/post-once.js';
import { askAnswerMessage } from '../views/ask-answer.js';
import { postOptions } from './context.js';
import { defineJob } from './define.js';
import { uploadChartJob } from './post-report.js';

/**
 * An answer posted for everyone in the triage channel: to a mention of the app (in its thread), or one an agent
 * shared from the answer only they saw. A series over time gets its chart in the same thread.
 */
export const postAnswerJob = defineJob({
  name: 'ask.answer',
  lane: 'model',
  priority: 'answer',
  payload: z.object({
    /** A mention's question, read here (by the model when one is configured). */
    question: z.string().max(ASK_MAX_CHARS).optional(),
    /** Set instead of a question that cannot be asked: empty, or over the limit (its length). */
    refused: z.object({ kind: z.enum(['empty', 'too_long']), length: z.number().int() }).optional(),
    /** A shared answer's query, as the asker saw it answered. */
    query: askQuerySchema.optional(),
    readBy: z.enum(['model', 'rules']).optional(),
    language: z.enum(['zh', 'en']),
    askedBy: z.string(),
    /** The moment the question was asked: the periods are counted from it. */
    askedAt: z.string(),
    channel: z.string(),
    threadTs: z.string().optional(),
    /** What makes it once: the mention's ts, or the share click's. */
    source: z.string(),
  }),
  key: { once: (p) => `ask:${p.channel}:${p.source}` },
  async run(p, job, deps) {
    const askedAt = new Date(p.askedAt);
    let answer: AskAnswer;
    if (p.refused) {
      answer =
        p.refused.kind === 'empty'
          ? { kind: 'empty', language: p.language }
          : { kind: 'too_long', language: p.language, length: p.refused.length };
    } else if (p.query) {
      answer = await answerQuery(deps, { query: p.query, readBy: p.readBy ?? 'rules', language: p.language, askedAt });
    } else {
      const read = await readAskQuestion({ ...deps, writer: deps.askWriter, now: () => askedAt }, p.question ?? '');
      answer = 'ok' in read ? await answerQuery(deps, { ...read, askedAt }) : read;
    }
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
  },
});
