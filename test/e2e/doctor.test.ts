import { spawn } from 'node:child_process';
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/client.js';
import { formatResult, runSelfCheck, type SelfCheckDeps } from '../../src/doctor/checks.js';
import { manifestBotScopes } from '../../src/doctor/manifest.js';
import { endpointFromConfig, probeModel } from '../../src/drafting/model-probe.js';
import { createLog, silentLog } from '../../src/logger.js';
import { HttpQualitySource } from '../../src/services/quality.js';
import { BOT_TOKEN, PEOPLE, SIGNING_SECRET, startHarness, type Harness } from '../support/harness.js';
import { eventually } from '../support/eventually.js';
import { OpenAIStub } from '../support/openai-stub.js';

describe('npm run doctor: the self-check against the workspace', () => {
  let h: Harness;
  const manifestScopes = manifestBotScopes();

  beforeAll(async () => {
    h = await startHarness();
    await h.link(PEOPLE.customerChannel, { engineer: PEOPLE.engineer });
    await h.link(PEOPLE.otherCustomerChannel, { engineer: PEOPLE.engineer });
  });
  afterAll(() => h.stop());

  /** A healthy workspace: the app and two agents in triage, a lead and an engineer who are people. */
  const healthy = () => {
    const e = h.emulator;
    e.scopes = [...manifestScopes];
    e.channels.clear();
    e.setChannel(PEOPLE.triage, { name: 'support-triage' });
    e.setChannel(PEOPLE.customerChannel, { name: 'acme-support' });
    e.setChannel(PEOPLE.otherCustomerChannel, { name: 'globex-support', private: true });
    e.setMembers(PEOPLE.triage, [PEOPLE.agent, PEOPLE.agent2, e.botUserId]);
    e.setMembers(PEOPLE.customerChannel, [PEOPLE.customer, e.botUserId]);
    e.setMembers(PEOPLE.otherCustomerChannel, [PEOPLE.customer2, e.botUserId]);
    for (const id of [PEOPLE.agent, PEOPLE.agent2, PEOPLE.lead, PEOPLE.engineer]) e.addUser(id);
  };
  beforeEach(healthy);

  const check = async (opts: { env?: Record<string, string>; token?: string; deps?: Partial<SelfCheckDeps> } = {}) => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: opts.token ?? BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: h.emulator.url,
      TRIAGE_CHANNEL_ID: PEOPLE.triage,
      SUPPORT_LEAD_USER_ID: PEOPLE.lead,
      ...opts.env,
    });
    const results = await runSelfCheck({
      config,
      client: new WebClient(config.slack.botToken, { slackApiUrl: config.slack.apiUrl, retryConfig: { retries: 0 } }),
      database: h.app.database,
      manifestScopes,
      ...opts.deps,
    });
    return { results, lines: results.map(formatResult), failed: results.filter((r) => !r.ok).map(formatResult) };
  };

  it('passes every check on a well set-up workspace, one line each', async () => {
    healthy();
    const { lines, failed } = await check();
    expect(failed).toEqual([]);
    expect(lines).toEqual([
      expect.stringMatching(/^✓ Database \((PGlite|PostgreSQL)\) answers, with all \d+ migrations applied$/),
      '✓ Slack token works: the app is @complaintdesk in Acme (THOME0001)',
      `✓ The token has every scope manifest.yml asks for (${manifestScopes.length})`,
      '✓ The app is in triage channel #support-triage',
      '✓ The triage channel has agents: 2 member(s) besides the app',
      '✓ The app is in all 2 linked customer channel(s)',
      '✓ The support lead @ulead0001 is an active member',
      '✓ Engineer @ueng00001 (paired with #ccust0001, #ccust0002) is an active member of this workspace',
      '✓ No model configured (OPENAI_API_KEY unset): the built-in drafter writes drafts',
    ]);
  });

  it('a token Slack refuses: one line with the fix, and no Slack check runs on it', async () => {
    const { lines, failed } = await check({ token: 'xoxb-revoked-or-mistyped' });
    expect(failed).toEqual([
      "✗ Slack refuses SLACK_BOT_TOKEN (invalid_auth) — copy the Bot User OAuth Token (xoxb-…) from your app's " +
        'OAuth & Permissions page; reinstall the app if it was removed from the workspace',
    ]);
    expect(lines.some((l) => l.includes('triage'))).toBe(false);
  });

  it('Slack not answering at SLACK_API_URL', async () => {
    const { failed } = await check({ env: { SLACK_API_URL: 'http://127.0.0.1:9/api/' } });
    expect(failed).toEqual([
      expect.stringMatching(/^✗ Slack does not answer at http:\/\/127\.0\.0\.1:9\/api\/ \(.+\) — /),
    ]);
  });

  it('missing scopes, read from the x-oauth-scopes header, are named; calls that need them say which', async () => {
    h.emulator.scopes = manifestScopes.filter((s) => s !== 'reactions:write' && s !== 'users:read');
    const { failed } = await check();
    expect(failed[0]).toBe(
      '✗ The token lacks scopes manifest.yml asks for: reactions:write, users:read — add them under OAuth & ' +
        'Permissions → Bot Token Scopes (or paste manifest.yml again) and reinstall the app',
    );
    // users.info needs users:read: the agents, the lead and the engineer cannot be checked without it.
    expect(failed.slice(1).every((l) => l.includes('needs users:read'))).toBe(true);
    expect(failed.length).toBe(4);
  });

  it('the app not in the triage channel', async () => {
    h.emulator.setMembers(PEOPLE.triage, [PEOPLE.agent, PEOPLE.agent2]);
    const { failed } = await check();
    expect(failed).toEqual([
      '✗ The app is not in triage channel #support-triage — invite it there (/invite @Complaint Desk); until ' +
        'then no card can be posted',
    ]);
  });

  it('a triage channel that is archived, or that Slack does not know', async () => {
    h.emulator.setChannel(PEOPLE.triage, { name: 'support-triage', archived: true });
    expect((await check()).failed).toEqual([
      '✗ Triage channel #support-triage is archived — unarchive it, or choose another TRIAGE_CHANNEL_ID',
    ]);
    h.emulator.setChannel(PEOPLE.triage, { missing: true });
    expect((await check()).failed[0]).toBe(
      `✗ Triage channel ${PEOPLE.triage} is unknown to Slack, or private without the app in it — check ` +
        `TRIAGE_CHANNEL_ID, and invite the app there (/invite @Complaint Desk)`,
    );
  });

  it('the app not in a linked channel: public (not a member) and private (invisible to it)', async () => {
    h.emulator.setMembers(PEOPLE.customerChannel, [PEOPLE.customer]);
    h.emulator.setMembers(PEOPLE.otherCustomerChannel, [PEOPLE.customer2]);
    const { failed } = await check();
    expect(failed).toEqual([
      '✗ The app is not in linked channel #acme-support — invite it there (/invite @Complaint Desk); until then ' +
        'its customers’ messages never reach the app',
      expect.stringMatching(
        new RegExp(
          `^✗ Linked channel ${PEOPLE.otherCustomerChannel} is unknown to Slack, or private without the app in it`,
        ),
      ),
    ]);
  });

  it('a triage channel with nobody but the app, or only bots and deactivated people', async () => {
    h.emulator.setMembers(PEOPLE.triage, [h.emulator.botUserId]);
    expect((await check()).failed).toEqual([
      '✗ Nobody but the app is in the triage channel — invite your agents: its members are the people who may ' +
        'act on cards',
    ]);
    h.emulator.addUser('UOTHERBOT', h.emulator.teamId, 'otherbot', { isBot: true });
    h.emulator.addUser('UGONE0001', h.emulator.teamId, 'gone', { deleted: true });
    h.emulator.setMembers(PEOPLE.triage, [h.emulator.botUserId, 'UOTHERBOT', 'UGONE0001']);
    expect((await check()).failed).toEqual([
      '✗ The triage channel has no people besides the app (2 bot or deactivated member(s)) — invite your agents',
    ]);
  });

  it('an unknown support lead, a deactivated one, a bot as lead', async () => {
    const lead = async () => (await check()).failed;
    expect(await check({ env: { SUPPORT_LEAD_USER_ID: 'UNOBODY01' } }).then((r) => r.failed)).toEqual([
      '✗ SUPPORT_LEAD_USER_ID UNOBODY01 is not a member of this workspace — set it to the lead’s member ID ' +
        '(their Slack profile → ⋮ → Copy member ID)',
    ]);
    h.emulator.addUser(PEOPLE.lead, h.emulator.teamId, 'lee', { deleted: true });
    expect(await lead()).toEqual([
      `✗ SUPPORT_LEAD_USER_ID ${PEOPLE.lead} (@lee) has been deactivated — set it to the lead’s member ID ` +
        `(their Slack profile → ⋮ → Copy member ID)`,
    ]);
    h.emulator.addUser(PEOPLE.lead, h.emulator.teamId, 'leadbot', { isBot: true });
    expect((await lead())[0]).toMatch(/\(@leadbot\) is a bot, not a person/);
  });

  it('no lead configured is fine, and says what happens instead', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: h.emulator.url,
      TRIAGE_CHANNEL_ID: PEOPLE.triage,
    });
    const results = await runSelfCheck({
      config,
      client: new WebClient(BOT_TOKEN, { slackApiUrl: h.emulator.url }),
      manifestScopes,
    });
    expect(results.map(formatResult)).toContain(
      '✓ No SUPPORT_LEAD_USER_ID: the last escalation level is an @here in the ticket’s triage thread',
    );
  });

  it('a deactivated engineer, named with the channels they are paired with', async () => {
    h.emulator.addUser(PEOPLE.engineer, h.emulator.teamId, 'erin', { deleted: true });
    const { failed } = await check();
    expect(failed).toEqual([
      `✗ Engineer ${PEOPLE.engineer}, paired with #ccust0001, #ccust0002, (@erin) has been deactivated — pair ` +
        `someone else: /complaints link @engineer in each of those channels`,
    ]);
  });

  it('an engineer from another workspace (a customer) or a guest is not one of our people', async () => {
    h.emulator.addUser(PEOPLE.engineer, PEOPLE.customerTeam, 'cora');
    expect((await check()).failed).toEqual([
      `✗ Engineer ${PEOPLE.engineer}, paired with #ccust0001, #ccust0002, (@cora) belongs to another workspace (a ` +
        'customer, not one of our people) — pair someone else: /complaints link @engineer in each of those channels',
    ]);
    h.emulator.addUser(PEOPLE.engineer, h.emulator.teamId, 'gus', { guest: 'single' });
    expect((await check()).failed).toEqual([
      `✗ Engineer ${PEOPLE.engineer}, paired with #ccust0001, #ccust0002, (@gus) is a guest of this workspace, not ` +
        'a full member — pair someone else: /complaints link @engineer in each of those channels',
    ]);
  });

  it('an engineer who is not in the workspace', async () => {
    h.emulator.users.delete(PEOPLE.engineer);
    const { failed } = await check();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(new RegExp(`^✗ Engineer ${PEOPLE.engineer}, .* is not a member of this workspace`));
  });

  it('a database that does not answer', async () => {
    const unreachable = await openDatabase({ url: 'postgres://postgres@127.0.0.1:9/none' });
    try {
      const { failed, lines } = await check({ deps: { database: unreachable } });
      // Two channels are linked: what needs the database says it could not look, never "none linked yet".
      expect(failed).toEqual([
        expect.stringMatching(
          /^✗ Database \(PostgreSQL\) does not answer \(.*ECONNREFUSED.*\) — check DATABASE_URL and that the server/,
        ),
        '✗ Linked customer channels could not check: the database is unreachable',
        '✗ Paired engineers could not check: the database is unreachable',
      ]);
      expect(lines.some((l) => l.includes('No customer channels linked'))).toBe(false);
      // The checks that do not need the database still ran.
      expect(lines).toContain('✓ The app is in triage channel #support-triage');
    } finally {
      await unreachable.close();
    }
  });

  it('the quality source: answering (404 for an unknown call) and not answering', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const up = await check({ env: { QUALITY_API_URL: url }, deps: { quality: new HttpQualitySource(url) } });
      expect(up.failed).toEqual([]);
      expect(up.lines).toContain(`✓ The call quality source answers (${url})`);
    } finally {
      server.close();
    }
    const down = 'http://127.0.0.1:9';
    const { failed } = await check({ env: { QUALITY_API_URL: down }, deps: { quality: new HttpQualitySource(down) } });
    expect(failed).toEqual([
      expect.stringMatching(/^✗ The call quality source at http:\/\/127\.0\.0\.1:9 does not answer as expected/),
    ]);
  });

  it('the model endpoint, through the model probe: answering, and refusing the key', async () => {
    const stub = new OpenAIStub({ apiKey: 'sk-right' });
    await stub.start();
    try {
      const run = async (key: string) => {
        const env = { OPENAI_API_KEY: key, OPENAI_BASE_URL: stub.url, OPENAI_MODEL: 'stub-model' };
        const config = loadConfig({
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          TRIAGE_CHANNEL_ID: PEOPLE.triage,
          ...env,
        });
        const endpoint = endpointFromConfig(config)!;
        return check({ env, deps: { probeModel: () => probeModel(endpoint, { log: silentLog }) } });
      };
      const good = await run('sk-right');
      expect(good.failed).toEqual([]);
      expect(good.lines.at(-1)).toMatch(
        /^✓ The model endpoint answers a structured request \(.*stub-model.*, \d+ ms\)$/,
      );
      const refused = await run('sk-wrong');
      expect(refused.failed).toEqual([
        expect.stringMatching(
          new RegExp(
            '^✗ The model endpoint .* does not draft: .+ — check OPENAI_BASE_URL, OPENAI_MODEL and OPENAI_API_KEY; ' +
              'until then the built-in drafter writes the drafts$',
          ),
        ),
      ]);
    } finally {
      await stub.stop();
    }
  });

  it('the command prints one line per check and exits 0 when all pass, 1 on any problem', async () => {
    healthy();
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/doctor/cli.ts'], {
          env: {
            PATH: process.env.PATH,
            SLACK_BOT_TOKEN: BOT_TOKEN,
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: h.emulator.url,
            TRIAGE_CHANNEL_ID: PEOPLE.triage,
            SUPPORT_LEAD_USER_ID: PEOPLE.lead,
            PGLITE_DIR: 'memory://',
            ...env,
          },
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
        });
        child.on('close', (code) => resolve({ code, out }));
      });
    const good = await run({});
    expect(good.code).toBe(0);
    const lines = good.out.trim().split('\n');
    expect(lines[0]).toBe('✓ Database (PGlite) answers; it is new, and the app creates its tables when it starts');
    expect(lines.at(-1)).toBe('All checks passed.');
    const bad = await run({ SUPPORT_LEAD_USER_ID: 'UNOBODY01' });
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('✗ SUPPORT_LEAD_USER_ID UNOBODY01 is not a member of this workspace');
    expect(bad.out.trim().split('\n').at(-1)).toBe('1 problem(s) to fix before going live.');
    const invalid = await run({ TRIAGE_CHANNEL_ID: 'triage' });
    expect(invalid.code).toBe(1);
    expect(invalid.out).toMatch(/^✗ TRIAGE_CHANNEL_ID must be a Slack ID/m);
  }, 180_000);

  it(
    'the same checks are logged at start, beside the app: requests are answered while a check waits on ' + 'Slack',
    async () => {
      healthy();
      h.emulator.fail('users.info', { hang: true });
      const lines: string[] = [];
      const logged = await startHarness({
        emulator: h.emulator,
        log: createLog('info', {}, (l) => lines.push(l)),
        env: { SUPPORT_LEAD_USER_ID: 'UNOBODY01' },
      });
      try {
        // Started and answering although the self-check is stuck on a users.info call.
        expect((await fetch(`${logged.baseUrl}/healthz`)).status).toBe(200);
        await h.emulator.waitFor(() => h.emulator.calls.find((c) => c.method === 'users.info'), 5000, 'users.info');
        h.emulator.clearFaults();
        const entries = await eventually(
          () => {
            const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
            return parsed.some((e) => e.msg === 'self-check found problems') && parsed;
          },
          20_000,
          'the self-check summary',
        );
        const checks = entries.filter((e) => e.msg === 'self-check');
        expect(checks.find((e) => String(e.check).startsWith('The app is in triage channel'))).toMatchObject({
          level: 'info',
          ok: true,
          component: 'self-check',
        });
        expect(checks.find((e) => String(e.check).includes('UNOBODY01'))).toMatchObject({
          level: 'warn',
          ok: false,
          check: expect.stringContaining('is not a member of this workspace'),
        });
        expect(entries.find((e) => e.msg === 'self-check found problems')).toMatchObject({
          level: 'warn',
          problems: 1,
        });
      } finally {
        await logged.stop();
      }
    },
  );
});
