import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimJobs } from '../../src/db/queries/outbox.js';
import { outbox } from '../../src/db/schema/index.js';
import type { JobDeps, JobHandler } from '../../src/jobs/context.js';
import {
  checkIncidentJob,
  intakeMessageJob,
  makeDraftJob,
  notifyEscalationJob,
  postReceiptJob,
  sendReplyJob,
  setStatusReactionJob,
  syncCardJob,
} from '../../src/queue/jobs.js';
import { JOB_HANDLERS } from '../../src/jobs/registry.js';
import { placementOf } from '../../src/queue/jobs.js';
import { silentLog } from '../../src/logger.js';
import { RequestPressure } from '../../src/services/request-pressure.js';
import { OutboxWorker, type WorkerOptions } from '../../src/jobs/worker.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { eventually } from '../support/eventually.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const JOB = {
  makeDraft: makeDraftJob.name,
  intakeMessage: intakeMessageJob.name,
  postReceipt: postReceiptJob.name,
  syncCard: syncCardJob.name,
  sendReply: sendReplyJob.name,
  setStatusReaction: setStatusReactionJob.name,
  notifyEscalation: notifyEscalationJob.name,
  checkIncident: checkIncidentJob.name,
};

/** An outbox row as queueing the job stores it: with its kind's lane and rank (test-only kinds get the defaults). */
function placed<R extends { kind: string }>(row: R) {
  const { lane, rank } = placementOf(row.kind);
  return { ...row, lane, rank };
}

describe('the outbox worker', () => {
  let t: TestDatabase;
  let worker: OutboxWorker | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  beforeEach(async () => {
    await worker?.stop();
    await t.database.db.delete(outbox);
  });
  afterAll(async () => {
    await worker?.stop();
    await t.drop();
  });

  const add = (kind: string, count: number, payload: Record<string, unknown> = {}) =>
    t.database.db
      .insert(outbox)
      .values(Array.from({ length: count }, (_, i) => placed({ kind, payload: { ...payload, i } })));
  const doneCount = () => t.database.db.$count(outbox, eq(outbox.status, 'done'));

  /** Jobs that note how many of them run at once and which finished in what order. */
  function probes() {
    const seen = { running: 0, most: 0, done: 0, order: [] as number[] };
    const probe =
      (ms: number): JobHandler =>
      async (job) => {
        seen.running += 1;
        seen.most = Math.max(seen.most, seen.running);
        await sleep(Number(job.payload.ms ?? ms));
        seen.running -= 1;
        seen.done += 1;
        seen.order.push(job.id);
      };
    return { seen, probe };
  }

  function startWorker(handlers: Record<string, JobHandler>, options: Partial<WorkerOptions> = {}) {
    const deps = { db: t.database.db, log: silentLog } as unknown as JobDeps;
    worker = new OutboxWorker(deps, handlers, { pollIntervalMs: 10_000, ...options });
    worker.start();
    return worker;
  }

  describe('under request pressure', () => {
    it('runs jobs side by side when no request is being handled', async () => {
      await add('probe', 6);
      const { seen, probe } = probes();
      startWorker({ probe: probe(20) }, { slots: { default: 4 }, pressure: new RequestPressure(5) });
      await eventually(async () => (await doneCount()) === 6 || undefined, 5000, 'six done');
      expect(seen).toMatchObject({ most: 4, done: 6 });
    });

    it('runs one job at a time while requests are being handled, and still finishes them all', async () => {
      await add('probe', 6);
      const pressure = new RequestPressure(5);
      pressure.begin();
      const { seen, probe } = probes();
      startWorker({ probe: probe(20) }, { slots: { default: 4 }, pressure });
      await eventually(async () => (await doneCount()) === 6 || undefined, 10_000, 'six done');
      expect(seen).toMatchObject({ most: 1, done: 6 });
      pressure.end();
    });

    it('fills its other slots once requests pause, while a long job is still running', async () => {
      let release = () => {};
      const released = new Promise<void>((r) => {
        release = r;
      });
      await t.database.db.insert(outbox).values({ kind: 'long', payload: {} });
      const pressure = new RequestPressure(5);
      pressure.begin();
      const { seen, probe } = probes();
      startWorker({ long: () => released, probe: probe(10) }, { slots: { default: 4 }, pressure });
      await eventually(async () => (worker!.busySlots().default === 1 ? true : undefined), 2000, 'long job running');
      await add('probe', 3);
      worker!.wake();
      await sleep(400);
      expect(seen.done).toBe(0);
      pressure.end();
      await eventually(async () => (seen.done === 3 ? true : undefined), 2000, 'the others, beside the long one');
      release();
    });

    it('finishes the jobs in hand without waiting for a pause once it is told to stop', async () => {
      await add('probe', 6);
      const pressure = new RequestPressure(5);
      pressure.begin();
      const { seen, probe } = probes();
      const w = startWorker({ probe: probe(20) }, { slots: { default: 4 }, pressure });
      // Started, that is: a job runs for 20 ms of every 270 or so, too briefly to be sure to catch it running.
      await eventually(async () => seen.running + seen.done > 0 || undefined, 5000, 'a job started');
      // Held to one job at a time, it leases one at a time (none for a moment between two): the rest stay
      // free for another instance.
      expect(await t.database.db.$count(outbox, isNotNull(outbox.lockedUntil))).toBeLessThanOrEqual(1);
      const started = Date.now();
      await w.stop();
      // Every claimed job ran, one at a time; waiting for a pause before each would take 250 ms apiece.
      expect(seen.most).toBe(1);
      expect(seen.done).toBeGreaterThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(200 + 30 * seen.done);
      expect(await doneCount()).toBe(seen.done);
      expect(await t.database.db.$count(outbox, isNotNull(outbox.lockedUntil))).toBe(0);
      pressure.end();
    });
  });

  it('stops within a lease even when a job never ends, leaving that job to its lease', async () => {
    await add('stuck', 1);
    let started = false;
    const stuck: JobHandler = () => {
      started = true;
      return new Promise(() => {});
    };
    const w = startWorker({ stuck }, { leaseMs: 300 });
    await eventually(async () => started || undefined, 5000, 'the job started');
    const stopping = Date.now();
    await w.stop();
    expect(Date.now() - stopping).toBeLessThan(2000);
    const [row] = await t.database.db.select().from(outbox);
    expect([row!.status, row!.lockedUntil]).toEqual(['pending', expect.any(Date)]);
  });

  describe('lanes', () => {
    it('drafts go to the model lane; receipts, cards, replies, reactions and pings do not', () => {
      expect(placementOf(JOB.makeDraft).lane).toBe('model');
      for (const kind of [
        JOB.intakeMessage,
        JOB.postReceipt,
        JOB.syncCard,
        JOB.sendReply,
        JOB.setStatusReaction,
        JOB.notifyEscalation,
        'a kind added later',
      ])
        expect(placementOf(kind).lane).toBe('default');
    });

    it('a model that hangs holds only its own slots: other work runs, and no more drafts are claimed', async () => {
      let release = () => {};
      const released = new Promise<void>((r) => {
        release = r;
      });
      let drafting = 0;
      const hangingDraft: JobHandler = async () => {
        drafting += 1;
        await released;
      };
      await add(JOB.makeDraft, 3);
      await add(JOB.postReceipt, 8);
      const { seen, probe } = probes();
      startWorker({ [JOB.makeDraft]: hangingDraft, [JOB.postReceipt]: probe(10) }, { slots: { default: 2, model: 2 } });
      await eventually(async () => (seen.done === 8 ? true : undefined), 5000, 'every receipt');
      expect(drafting).toBe(2);
      expect(seen.most).toBe(2);
      // The third draft is not leased: another instance with a free slot could take it.
      const leased = await t.database.db.$count(
        outbox,
        and(eq(outbox.kind, JOB.makeDraft), isNotNull(outbox.lockedUntil)),
      );
      expect(leased).toBe(2);
      release();
      await eventually(async () => ((await doneCount()) === 11 ? true : undefined), 5000, 'all done');
    });

    it(
      'what someone waits for goes first: a receipt due later is taken before cards and reactions due ' + 'earlier',
      async () => {
        const earlier = new Date(Date.now() - 60_000);
        await t.database.db.insert(outbox).values(
          [
            ...[JOB.syncCard, JOB.setStatusReaction, JOB.checkIncident].map((kind) => ({
              kind,
              payload: {},
              runAt: earlier,
            })),
            // Due a second ago, not "now": PostgreSQL's now() has microseconds and the claim's clock only
            // milliseconds, so a row stamped now() can be a fraction of a millisecond in the claim's future.
            { kind: JOB.postReceipt, payload: {}, runAt: new Date(Date.now() - 1000) },
          ].map(placed),
        );
        const order: string[] = [];
        const note: JobHandler = async (job) => {
          order.push(job.kind);
        };
        const kinds = [JOB.syncCard, JOB.setStatusReaction, JOB.checkIncident, JOB.postReceipt];
        startWorker(Object.fromEntries(kinds.map((k) => [k, note])), { slots: { default: 1 } });
        await eventually(async () => (order.length === 4 ? true : undefined), 5000, 'all done');
        expect(order[0]).toBe(JOB.postReceipt);
        expect(order.slice(1)).toEqual([JOB.syncCard, JOB.setStatusReaction, JOB.checkIncident]);
      },
    );

    it('answers before intakes, intakes before cards: under a burst, receipts go out as intakes finish', async () => {
      const earlier = new Date(Date.now() - 60_000);
      await t.database.db.insert(outbox).values(
        [
          { kind: JOB.syncCard, payload: {}, runAt: earlier },
          { kind: JOB.intakeMessage, payload: {}, runAt: earlier },
          { kind: JOB.postReceipt, payload: {}, runAt: new Date(Date.now() - 1000) },
        ].map(placed),
      );
      const order: string[] = [];
      const note: JobHandler = async (job) => {
        order.push(job.kind);
      };
      const kinds = [JOB.syncCard, JOB.intakeMessage, JOB.postReceipt];
      startWorker(Object.fromEntries(kinds.map((k) => [k, note])), { slots: { default: 1 } });
      await eventually(async () => (order.length === 3 ? true : undefined), 5000, 'all done');
      expect(order).toEqual([JOB.postReceipt, JOB.intakeMessage, JOB.syncCard]);
    });

    it('runs the work a finished job names to follow it at once, in its slot, before the rest of a burst', async () => {
      const earlier = new Date(Date.now() - 60_000);
      await t.database.db
        .insert(outbox)
        .values([0, 1, 2].map((i) => placed({ kind: JOB.intakeMessage, payload: { i }, runAt: earlier })));
      const order: string[] = [];
      const intake: JobHandler = async (job) => {
        const i = Number(job.payload.i);
        order.push(`intake ${i}`);
        await postReceiptJob.queue(t.database.db, { ticketId: i });
        return { followedBy: [postReceiptJob.keyOf({ ticketId: i })] };
      };
      const intakesDoneAtReceipt: number[] = [];
      const receipt: JobHandler = async (job) => {
        order.push(`receipt ${job.payload.ticketId}`);
        intakesDoneAtReceipt.push(
          await t.database.db.$count(outbox, and(eq(outbox.kind, JOB.intakeMessage), eq(outbox.status, 'done'))),
        );
      };
      startWorker({ [JOB.intakeMessage]: intake, [JOB.postReceipt]: receipt }, { slots: { default: 1 } });
      // The last receipt records its count after a round trip to the database, after it appears in `order`.
      await eventually(
        async () => (order.length === 6 && intakesDoneAtReceipt.length === 3 ? true : undefined),
        5000,
        'all done',
      );
      // Each receipt ran before its own intake was recorded: in the intake's slot, not after a claim.
      expect(intakesDoneAtReceipt).toEqual([0, 1, 2]);
      // With one slot, each receipt follows its own intake instead of waiting for the intakes queued before it.
      expect(order).toEqual(['intake 0', 'receipt 0', 'intake 1', 'receipt 1', 'intake 2', 'receipt 2']);
      const rows = await t.database.db.select().from(outbox);
      expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
    });

    it('leaves a following job that another instance holds to that instance: it runs once', async () => {
      // Another instance (or another slot here) leased the receipt before this intake ended.
      const heldElsewhere = new Date(Date.now() + 60_000);
      await t.database.db
        .insert(outbox)
        .values([
          { ...postReceiptJob.item({ ticketId: 9 }), lockedUntil: heldElsewhere, attempts: 1 },
          placed({ kind: JOB.intakeMessage, payload: {} }),
        ]);
      const runs: number[] = [];
      const intake: JobHandler = async () => ({ followedBy: [postReceiptJob.keyOf({ ticketId: 9 })] });
      const receipt: JobHandler = async (job) => {
        runs.push(job.id);
      };
      startWorker({ [JOB.intakeMessage]: intake, [JOB.postReceipt]: receipt }, { slots: { default: 1 } });
      await eventually(async () => ((await doneCount()) === 1 ? true : undefined), 5000, 'intake done');
      await sleep(200);
      expect(runs).toEqual([]);
      const [held] = await t.database.db.select().from(outbox).where(eq(outbox.kind, JOB.postReceipt));
      expect([held!.status, held!.attempts]).toEqual(['pending', 1]);
    });

    describe('the model lane lets what a person waits for go first', () => {
      /** An intake that runs until released, and a draft that notes when it started. */
      async function intakeThenDraft() {
        let release = () => {};
        const released = new Promise<void>((r) => {
          release = r;
        });
        const times = { intakeEnded: 0, draftStarted: 0 };
        await add(JOB.intakeMessage, 1);
        const w = startWorker({
          [JOB.intakeMessage]: async () => {
            await released;
            times.intakeEnded = Date.now();
          },
          [JOB.makeDraft]: async () => {
            times.draftStarted = Date.now();
          },
        });
        await eventually(async () => (w.busySlots().default === 1 ? true : undefined), 2000, 'intake running');
        await add(JOB.makeDraft, 1);
        w.wake();
        return { times, release, queuedAt: Date.now() };
      }

      it('a draft claimed while an intake runs starts when the intake is done', async () => {
        const { times, release } = await intakeThenDraft();
        await sleep(300);
        expect(times.draftStarted).toBe(0);
        release();
        await eventually(async () => (times.draftStarted ? true : undefined), 2000, 'draft started');
        expect(times.draftStarted).toBeGreaterThanOrEqual(times.intakeEnded);
      });

      it('but waits at most a second: a slow intake does not hold drafts up for long', async () => {
        const { times, release, queuedAt } = await intakeThenDraft();
        await eventually(async () => (times.draftStarted ? true : undefined), 3000, 'draft started');
        expect(times.intakeEnded).toBe(0);
        expect(times.draftStarted - queuedAt).toBeGreaterThanOrEqual(900);
        release();
      });
    });

    it('claims new work as soon as a slot frees instead of waiting for the whole batch', async () => {
      const [slow] = await t.database.db
        .insert(outbox)
        .values({ kind: 'probe', payload: { ms: 600 } })
        .returning();
      await add('probe', 4, { ms: 20 });
      const { seen, probe } = probes();
      startWorker({ probe: probe(20) }, { slots: { default: 2 } });
      await eventually(async () => (seen.done === 5 ? true : undefined), 5000, 'all done');
      // With batches of two, the jobs after the slow one would wait for it.
      expect(seen.order.at(-1)).toBe(slow!.id);
      expect(seen.most).toBe(2);
    });

    it('work committed later is taken at once when woken, not at the next poll', async () => {
      const { seen, probe } = probes();
      const w = startWorker({ probe: probe(1) });
      await sleep(50);
      await add('probe', 1);
      const woken = Date.now();
      w.wake();
      await eventually(async () => (seen.done === 1 ? true : undefined), 2000, 'done');
      expect(Date.now() - woken).toBeLessThan(1000); // the poll interval is 10 s
    });

    it('woken for one lane, only that lane looks: a draft waits for its own lane to be woken', async () => {
      const { seen, probe } = probes();
      const w = startWorker({ probe: probe(1), [JOB.makeDraft]: probe(1) });
      await sleep(50);
      await add(JOB.makeDraft, 1);
      w.wake(['default']);
      await sleep(200);
      expect(seen.done).toBe(0);
      w.wake(['model']);
      await eventually(async () => (seen.done === 1 ? true : undefined), 2000, 'draft done');
    });

    it(
      'a job that runs past its lease keeps it, and is neither run twice here nor taken by another ' + 'instance',
      async () => {
        let runs = 0;
        let release = () => {};
        const long: JobHandler = async () => {
          runs += 1;
          await new Promise<void>((r) => {
            release = r;
          });
        };
        await add('long', 1);
        await add('probe', 3);
        const { seen, probe } = probes();
        startWorker({ long, probe: probe(5) }, { leaseMs: 300, pollIntervalMs: 50 });
        await eventually(() => (runs === 1 && seen.done === 3) || undefined, 3000, 'the long job running');
        await sleep(900); // three leases
        const another = await claimJobs(t.database.db, { now: new Date(), limit: 10, leaseMs: 300 });
        expect(another).toHaveLength(0);
        expect(runs).toBe(1);
        release();
        await eventually(async () => (await doneCount()) === 4 || undefined, 3000, 'all done');
        expect(runs).toBe(1);
      },
    );

    it('a job another instance holds is looked at again when its lease ends, not in a busy loop', async () => {
      let claims = 0;
      const db = new Proxy(t.database.db, {
        get(target, prop, receiver) {
          if (prop === 'update') claims += 1;
          return Reflect.get(target, prop, receiver);
        },
      });
      await t.database.db
        .insert(outbox)
        .values({ kind: 'probe', payload: {}, lockedUntil: new Date(Date.now() + 400) });
      const { seen, probe } = probes();
      const deps = { db, log: silentLog } as unknown as JobDeps;
      worker = new OutboxWorker(deps, { probe: probe(1) }, { pollIntervalMs: 10_000 });
      worker.start();
      await eventually(async () => (seen.done === 1 ? true : undefined), 3000, 'taken over after the lease');
      // One claim per lane at start, the lease's end, completing the job: a handful, not hundreds.
      expect(claims).toBeLessThan(10);
    });
  });

  describe('a job whose stored payload cannot be read', () => {
    it('is given up at once with the reason, not retried', async () => {
      await t.database.db.insert(outbox).values({ kind: sendReplyJob.name, payload: { draftId: 'twelve' } });
      const w = startWorker({ [sendReplyJob.name]: JOB_HANDLERS[sendReplyJob.name]! });
      const row = await eventually(
        async () => {
          const [job] = await t.database.db.select().from(outbox);
          return job?.status === 'dead' ? job : undefined;
        },
        3000,
        'given up',
      );
      expect(row).toMatchObject({ status: 'dead', attempts: 1 });
      expect(row!.lastError).toMatch(/^reply\.send: the stored payload is not valid \(draftId: /);
      await w.stop();
    });
  });
});
