import type { WebClient } from '@slack/web-api';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { migrationStatus } from '../db/migrate.js';
import { listCustomerChannels } from '../db/queries/customer-channels.js';
import type { CustomerChannel } from '../db/schema/index.js';
import type { ProbeResult } from '../drafting/model-probe.js';
import { checkOurPerson, NOT_OUR_PERSON_TEXT, type PersonCheck } from '../services/people.js';
import type { QualitySource } from '../services/quality.js';

/** One line of the self-check: what is fine, or what is wrong and how to fix it. */
export interface CheckResult {
  ok: boolean;
  text: string;
}

export interface SelfCheckDeps {
  config: Config;
  /** A client with the bot token, against SLACK_API_URL. */
  client: WebClient;
  /** Reachability, migrations, and the linked channels and engineers to check. */
  database?: Database;
  quality?: QualitySource;
  /** The model endpoint's probe, when a model is configured and should be checked here. */
  probeModel?: () => Promise<ProbeResult>;
  /** The bot scopes manifest.yml asks for. */
  manifestScopes: string[];
}

const pass = (text: string): CheckResult => ({ ok: true, text });
const fail = (text: string): CheckResult => ({ ok: false, text });

interface SlackFailure {
  /** Slack's error code, or "unreachable" when no answer came. */
  code: string;
  needed?: string;
  message: string;
}

/** What went wrong with a Web API call, from the SDK's error. */
function slackFailure(error: unknown): SlackFailure {
  const e = error as {
    code?: string;
    data?: { error?: string; needed?: string };
    original?: unknown;
    message?: string;
  };
  if (e.code === 'slack_webapi_platform_error' && e.data?.error)
    return { code: e.data.error, needed: e.data.needed, message: e.data.error };
  return { code: 'unreachable', message: rootMessage(e.original ?? error) };
}

const REINSTALL =
  'add it under OAuth & Permissions → Bot Token Scopes (or paste manifest.yml again) and reinstall the app';

function missingScopeText(what: string, failure: SlackFailure): string {
  return `${what}: the token may not read this (needs ${failure.needed ?? 'a scope it lacks'}) — ${REINSTALL}`;
}

/** The innermost reason: drivers and query builders wrap the network error in their own. */
function rootMessage(error: unknown): string {
  let e = error as { message?: string; cause?: unknown } | undefined;
  while (e?.cause && typeof e.cause === 'object') e = e.cause as typeof e;
  return e?.message ?? String(error);
}

/** The database answers, and how its migrations compare with this version's. */
async function checkDatabase(database: Database): Promise<CheckResult> {
  const kind = database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
  try {
    await database.db.execute(sql`select 1`);
  } catch (error) {
    return fail(
      `Database (${kind}) does not answer (${rootMessage(error)}) — check DATABASE_URL and that the server ` +
        `accepts connections`,
    );
  }
  const status = await migrationStatus(database);
  if (status.unknown > 0)
    return fail(
      `Database (${kind}) has ${status.unknown} migration(s) this version does not know: a newer Complaint Desk ` +
        `used it — run that version, or point DATABASE_URL at this version's database`,
    );
  if (status.applied === 0)
    return pass(`Database (${kind}) answers; it is new, and the app creates its tables when it starts`);
  if (status.applied < status.known)
    return pass(
      `Database (${kind}) answers; ${status.known - status.applied} newer migration(s) to apply — the app ` +
        `applies them when it starts`,
    );
  return pass(`Database (${kind}) answers, with all ${status.known} migrations applied`);
}

interface Identity {
  botUserId: string;
  /** The workspace the app is installed in: engineers and the lead must be its people. */
  teamId: string;
  scopes?: string[];
}

async function checkToken(deps: SelfCheckDeps): Promise<{ result: CheckResult; identity?: Identity }> {
  try {
    const auth = await deps.client.auth.test();
    const identity = {
      botUserId: String(auth.user_id ?? ''),
      teamId: String(auth.team_id ?? ''),
      scopes: auth.response_metadata?.scopes,
    };
    if (!auth.bot_id)
      return {
        result: fail(
          `SLACK_BOT_TOKEN works but is not a bot token (it acts as @${auth.user}) — use the Bot User OAuth ` +
            `Token (xoxb-…) from OAuth & Permissions`,
        ),
        identity,
      };
    return { result: pass(`Slack token works: the app is @${auth.user} in ${auth.team} (${auth.team_id})`), identity };
  } catch (error) {
    const failure = slackFailure(error);
    if (failure.code === 'unreachable')
      return {
        result: fail(
          `Slack does not answer at ${deps.config.slack.apiUrl} (${failure.message}) — check the network or ` +
            `proxy, and SLACK_API_URL`,
        ),
      };
    return {
      result: fail(
        `Slack refuses SLACK_BOT_TOKEN (${failure.code}) — copy the Bot User OAuth Token (xoxb-…) from your ` +
          `app's OAuth & Permissions page; reinstall the app if it was removed from the workspace`,
      ),
    };
  }
}

function checkScopes(granted: string[] | undefined, wanted: string[]): CheckResult {
  if (!granted)
    return fail(
      `Slack did not say which scopes the token has (no x-oauth-scopes header) — check that SLACK_API_URL ` +
        `points at Slack`,
    );
  const missing = wanted.filter((scope) => !granted.includes(scope));
  if (missing.length > 0)
    return fail(
      `The token lacks ${missing.length === 1 ? 'a scope' : 'scopes'} manifest.yml asks ` +
        `for: ${missing.join(', ')} — add ${missing.length === 1 ? 'it' : 'them'} under OAuth & Permissions → ` +
        `Bot Token Scopes (or paste manifest.yml again) and reinstall the app`,
    );
  return pass(`The token has every scope manifest.yml asks for (${wanted.length})`);
}

interface ChannelInfo {
  name: string;
  isMember: boolean;
  isArchived: boolean;
}

async function channelInfo(client: WebClient, channel: string): Promise<ChannelInfo | SlackFailure> {
  try {
    const info = await client.conversations.info({ channel });
    return {
      name: info.channel?.name ?? channel,
      isMember: info.channel?.is_member === true,
      isArchived: info.channel?.is_archived === true,
    };
  } catch (error) {
    return slackFailure(error);
  }
}

/** The app must be in a channel to read its messages and post in it. */
async function checkMembership(
  client: WebClient,
  channel: string,
  what: { label: string; why: string; setting: string },
): Promise<CheckResult> {
  const info = await channelInfo(client, channel);
  if ('code' in info) {
    if (info.code === 'missing_scope') return fail(missingScopeText(`${what.label} ${channel}`, info));
    if (info.code === 'channel_not_found')
      return fail(
        `${what.label} ${channel} is unknown to Slack, or private without the app in it — ` +
          `check ${what.setting}, and invite the app there (/invite @Complaint Desk)`,
      );
    return fail(`${what.label} ${channel} could not be checked (${info.message})`);
  }
  if (info.isArchived)
    return fail(
      `${what.label} #${info.name} is archived — unarchive it, ` +
        `or ${what.setting === 'TRIAGE_CHANNEL_ID' ? 'choose another TRIAGE_CHANNEL_ID' : 'unlink it'}`,
    );
  if (!info.isMember)
    return fail(
      `The app is not in ${what.label.toLowerCase()} #${info.name} — invite it there (/invite @Complaint ` +
        `Desk); ${what.why}`,
    );
  return pass(`The app is in ${what.label.toLowerCase()} #${info.name}`);
}

type Person = PersonCheck | SlackFailure;

async function person(client: WebClient, userId: string, homeTeamId: string): Promise<Person> {
  try {
    return await checkOurPerson(client, userId, homeTeamId);
  } catch (error) {
    return slackFailure(error);
  }
}

async function members(client: WebClient, channel: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.members({ channel, limit: 1000, cursor });
    ids.push(...(page.members ?? []));
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return ids;
}

/** At most this many members are looked up to find a person among them (users.info is one call each). */
const MEMBERS_LOOKED_UP = 50;

async function checkAgents(
  client: WebClient,
  channel: string,
  botUserId: string,
  homeTeamId: string,
): Promise<CheckResult> {
  let others: string[];
  try {
    others = (await members(client, channel)).filter((id) => id !== botUserId);
  } catch (error) {
    const failure = slackFailure(error);
    if (failure.code === 'missing_scope') return fail(missingScopeText('Triage channel members', failure));
    return fail(`The triage channel's members could not be read (${failure.message})`);
  }
  if (others.length === 0)
    return fail(
      'Nobody but the app is in the triage channel — invite your agents: its members are the people who may act ' +
        'on cards',
    );
  for (const id of others.slice(0, MEMBERS_LOOKED_UP)) {
    const found = await person(client, id, homeTeamId);
    if ('code' in found && found.code === 'missing_scope')
      return fail(missingScopeText('Triage channel members', found));
    if ('ok' in found && found.ok)
      return pass(`The triage channel has agents: ${others.length} member(s) besides the app`);
  }
  return fail(
    `The triage channel has no people besides the app (${others.length} bot or deactivated member(s)) — invite ` +
      `your agents`,
  );
}

function personProblem(found: Person, who: string, fix: string): CheckResult | undefined {
  if ('code' in found) {
    if (found.code === 'missing_scope') return fail(missingScopeText(who, found));
    return fail(`${who} could not be checked (${found.message})`);
  }
  if (found.ok) return undefined;
  const named = found.name ? `${who} (@${found.name})` : who;
  return fail(`${named} ${NOT_OUR_PERSON_TEXT[found.problem]} — ${fix}`);
}

async function checkLead(client: WebClient, leadId: string | undefined, homeTeamId: string): Promise<CheckResult> {
  if (!leadId)
    return pass('No SUPPORT_LEAD_USER_ID: the last escalation level is an @here in the ticket’s triage thread');
  const found = await person(client, leadId, homeTeamId);
  const problem = personProblem(
    found,
    `SUPPORT_LEAD_USER_ID ${leadId}`,
    'set it to the lead’s member ID (their Slack profile → ⋮ → Copy member ID)',
  );
  return problem ?? pass(`The support lead @${(found as { name: string }).name} is an active member`);
}

/** Each paired engineer, one line each: an active person of our workspace, or what is wrong. */
async function checkEngineers(client: WebClient, linked: Linked, homeTeamId: string): Promise<CheckResult[]> {
  if (linked === UNREACHABLE) return [fail(`Paired engineers ${COULD_NOT_CHECK}`)];
  const byEngineer = new Map<string, CustomerChannel[]>();
  const unpaired: CustomerChannel[] = [];
  for (const c of linked) {
    if (c.engineerUserId) byEngineer.set(c.engineerUserId, [...(byEngineer.get(c.engineerUserId) ?? []), c]);
    else unpaired.push(c);
  }
  const results: CheckResult[] = [];
  for (const [engineer, paired] of byEngineer) {
    const where = paired.map((c) => (c.name ? `#${c.name}` : c.channelId)).join(', ');
    const found = await person(client, engineer, homeTeamId);
    const problem = personProblem(
      found,
      `Engineer ${engineer}, paired with ${where},`,
      `pair someone else: /complaints link @engineer ` +
        `in ${paired.length === 1 ? 'that channel' : 'each of those channels'}`,
    );
    const name = (found as { name: string }).name;
    results.push(problem ?? pass(`Engineer @${name} (paired with ${where}) is an active member of this workspace`));
  }
  if (unpaired.length > 0)
    results.push(
      fail(
        `No engineer is paired with ${unpaired.map((c) => (c.name ? `#${c.name}` : c.channelId)).join(', ')} — ` +
          'run /complaints link @engineer there, or nobody is paged when that customer waits',
      ),
    );
  return results;
}

async function checkLinkedChannels(client: WebClient, linked: Linked): Promise<CheckResult[]> {
  if (linked === UNREACHABLE) return [fail(`Linked customer channels ${COULD_NOT_CHECK}`)];
  if (linked.length === 0)
    return [pass('No customer channels linked yet: run /complaints link @engineer in each shared channel')];
  const problems: CheckResult[] = [];
  for (const c of linked) {
    const result = await checkMembership(client, c.channelId, {
      label: 'Linked channel',
      why: 'until then its customers’ messages never reach the app',
      setting: `the channel (linked as ${c.name ? `#${c.name}` : c.channelId})`,
    });
    if (!result.ok) problems.push(result);
  }
  return problems.length > 0 ? problems : [pass(`The app is in all ${linked.length} linked customer channel(s)`)];
}

/** What the checks that read the database see when it cannot be read: never an empty list taken for a fact. */
const UNREACHABLE = Symbol('the database is unreachable');
type Linked = CustomerChannel[] | typeof UNREACHABLE;
const COULD_NOT_CHECK = 'could not check: the database is unreachable';

async function linkedChannels(database: Database): Promise<CustomerChannel[]> {
  const [found] = await database.rows<{ found: string | null }>(sql`select to_regclass('customer_channels') as found`);
  return found?.found ? listCustomerChannels(database.db) : [];
}

async function checkQuality(deps: SelfCheckDeps): Promise<CheckResult | undefined> {
  const url = deps.config.qualityApiUrl;
  if (!url || !deps.quality) return undefined;
  try {
    // An id no call has: a working source answers 404, which lookup() reads as "unknown call".
    await deps.quality.lookup('complaint-desk-self-check');
    return pass(`The call quality source answers (${url})`);
  } catch (error) {
    return fail(
      `The call quality source at ${url} does not answer as expected ` +
        `(${(error as Error).message}) — check QUALITY_API_URL, or unset it`,
    );
  }
}

async function checkModel(deps: SelfCheckDeps): Promise<CheckResult | undefined> {
  if (!deps.config.openai)
    return pass('No model configured (OPENAI_API_KEY unset): the built-in drafter writes drafts');
  if (!deps.probeModel) return undefined;
  const probe = await deps.probeModel();
  if (probe.ok)
    return pass(
      `The model endpoint answers a structured request (${probe.endpoint}` +
        `${probe.format ? `, response format ${probe.format}` : ''}, ${probe.ms} ms)`,
    );
  return fail(
    `The model endpoint ${probe.endpoint} does not draft: ` +
      `${probe.reason ?? probe.outcome} — check OPENAI_BASE_URL, OPENAI_MODEL and OPENAI_API_KEY; until then ` +
      `the built-in drafter writes the drafts`,
  );
}

/**
 * Everything an operator should know before going live, one line each: the database, the Slack token and its
 * scopes, the app's place in the triage channel and every linked channel, agents, the lead and the paired
 * engineers, the quality source and the model endpoint. Never throws; Slack checks stop at a refused token.
 */
export async function runSelfCheck(deps: SelfCheckDeps): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const add = (r: CheckResult | CheckResult[] | undefined) => {
    if (r) results.push(...(Array.isArray(r) ? r : [r]));
  };
  // Without a database (a database that cannot be opened, or none given) nothing linked can be read either.
  let channels: Linked = UNREACHABLE;
  if (deps.database) {
    const db = await checkDatabase(deps.database).catch((e: Error) => fail(`Database check failed: ${e.message}`));
    add(db);
    if (db.ok) channels = await linkedChannels(deps.database).catch((): Linked => UNREACHABLE);
  }
  const token = await checkToken(deps);
  add(token.result);
  if (token.identity) {
    const { client, config } = deps;
    add(checkScopes(token.identity.scopes, deps.manifestScopes));
    const triage = await checkMembership(client, config.triageChannelId, {
      label: 'Triage channel',
      why: 'until then no card can be posted',
      setting: 'TRIAGE_CHANNEL_ID',
    });
    add(triage);
    const home = token.identity.teamId;
    add(await checkAgents(client, config.triageChannelId, token.identity.botUserId, home));
    add(await checkLinkedChannels(client, channels));
    add(await checkLead(client, config.supportLeadUserId, home));
    add(await checkEngineers(client, channels, home));
  }
  add(await checkQuality(deps));
  add(await checkModel(deps));
  return results;
}

export function formatResult(result: CheckResult): string {
  return `${result.ok ? '✓' : '✗'} ${result.text}`;
}
