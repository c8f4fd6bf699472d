import type { KnownBlock } from '@slack/types';
import { ASK_MAX_CHARS, type AnswerRow, type AskAnswer, EXAMPLE_QUESTIONS } from '../domain/ask/answer.js';
import type { AskDimension, AskMeasure, AskQuery, ResolvedPeriod } from '../domain/ask/query.js';
import { formatDuration } from '../domain/duration.js';
import { SIDE_LABEL, SIDE_SHORT } from '../domain/resolution.js';
import { CATEGORY_LABEL, CATEGORY_SHORT, PRIORITY_LABEL } from '../domain/taxonomy.js';
import type { AskLanguage } from '../domain/ask/answer.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, escapeUntrusted, untrustedMrkdwn } from '../slack/untrusted-text.js';

/**
 * A button's value is at most 2,000 characters
 * (https://docs.slack.dev/reference/block-kit/block-elements/button-element: "value … Maximum length is 2000
 * characters"); a longer query is shown without the share button.
 */
const BUTTON_VALUE_MAX = 2000;
/** A section's text is at most 3,000 characters (https://docs.slack.dev/reference/block-kit/blocks/section-block). */
const SECTION_MAX = 3000;

const MEASURE: Record<AskMeasure, Record<AskLanguage, string>> = {
  tickets: { en: 'tickets', zh: '工单数' },
  first_reply_attainment: { en: 'first-reply attainment', zh: '首次回复达标率' },
  median_first_reply: { en: 'median first-reply time', zh: '首次回复时间中位数' },
  escalations: { en: 'escalation pings', zh: '升级次数' },
  escalated_tickets: { en: 'escalated tickets', zh: '被升级的工单数' },
  longest_wait: { en: 'longest wait for a first reply', zh: '等待首次回复最久' },
  average_rating: { en: 'average rating', zh: '平均评分' },
  time_to_resolve: { en: 'median time to resolve', zh: '解决时间中位数' },
  reopened: { en: 'reopened tickets', zh: '重开的工单数' },
};

const DIMENSION: Record<AskDimension, Record<AskLanguage, string>> = {
  category: { en: 'category', zh: '类别' },
  priority: { en: 'priority', zh: '优先级' },
  side: { en: 'where the problem was', zh: '问题所在' },
  root_cause: { en: 'root cause', zh: '根因' },
  known_problem: { en: 'known problem', zh: '已知问题' },
  customer: { en: 'customer', zh: '客户' },
  tier: { en: 'tier', zh: '客户等级' },
  region: { en: 'region', zh: '地区' },
  device: { en: 'device', zh: '机型' },
  os: { en: 'system', zh: '系统' },
  network: { en: 'network', zh: '网络' },
  language: { en: 'language', zh: '语言' },
  status: { en: 'status', zh: '状态' },
  owner: { en: 'owner', zh: '负责人' },
  ticket: { en: 'ticket', zh: '工单' },
  day: { en: 'day', zh: '天' },
  week: { en: 'week', zh: '周' },
};

const PERIOD: Record<AskQuery['period']['kind'], Record<AskLanguage, string>> = {
  today: { en: 'today', zh: '今天' },
  yesterday: { en: 'yesterday', zh: '昨天' },
  this_week: { en: 'this week', zh: '本周' },
  last_week: { en: 'last week', zh: '上周' },
  this_month: { en: 'this month', zh: '本月' },
  last_month: { en: 'last month', zh: '上月' },
  last_days: { en: 'the last {n} days', zh: '最近 {n} 天' },
  since: { en: 'since {from}', zh: '{from} 以来' },
  between: { en: '{from} to {to}', zh: '{from} 至 {to}' },
  all: { en: 'at any time', zh: '全部时间' },
};

const STATUS: Record<string, Record<AskLanguage, string>> = {
  open: { en: 'open', zh: '未解决' },
  waiting_on_us: { en: 'waiting on us', zh: '等我们回复' },
  waiting_on_customer: { en: 'waiting on the customer', zh: '等客户回复' },
  resolved: { en: 'resolved', zh: '已解决' },
};

const TIER: Record<string, Record<AskLanguage, string>> = {
  enterprise: { en: 'enterprise', zh: '企业客户' },
  standard: { en: 'standard', zh: '普通客户' },
};

const LANGUAGE_NAME: Record<string, Record<AskLanguage, string>> = {
  zh: { en: 'Chinese', zh: '中文' },
  en: { en: 'English', zh: '英文' },
};

function dayText(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The figure in the asker's words: a count, a share, a duration or a rating. */
export function figureText(measure: AskMeasure, value: number | null, lang: AskLanguage): string {
  if (value === null) return lang === 'zh' ? '无数据' : 'no data';
  switch (measure) {
    case 'first_reply_attainment':
      return `${value}%`;
    case 'median_first_reply':
    case 'time_to_resolve':
    case 'longest_wait':
      return formatDuration(value);
    case 'average_rating':
      return `${value.toFixed(2)} / 5`;
    default:
      return String(value);
  }
}

/** A group's name as shown: the fixed names in the asker's language, anything people wrote escaped. */
function groupLabel(dimension: AskDimension, label: string, key: string, lang: AskLanguage): string {
  switch (dimension) {
    case 'category':
      return lang === 'zh'
        ? (CATEGORY_LABEL[key as keyof typeof CATEGORY_LABEL]?.zh ?? escapeUntrusted(key))
        : (CATEGORY_SHORT[key as keyof typeof CATEGORY_SHORT] ?? escapeUntrusted(key));
    case 'priority':
      return PRIORITY_LABEL[key as keyof typeof PRIORITY_LABEL] ?? escapeUntrusted(key);
    case 'side':
      return lang === 'zh'
        ? (SIDE_LABEL[key as keyof typeof SIDE_LABEL]?.zh ?? escapeUntrusted(key))
        : (SIDE_SHORT[key as keyof typeof SIDE_SHORT] ?? escapeUntrusted(key));
    case 'status':
      return STATUS[key]?.[lang] ?? escapeUntrusted(key);
    case 'tier':
      return TIER[key]?.[lang] ?? escapeUntrusted(key);
    case 'language':
      return LANGUAGE_NAME[key]?.[lang] ?? escapeUntrusted(key);
    case 'ticket':
      return `#${escapeUntrusted(key)}`;
    case 'owner':
      return /^[UW][A-Z0-9]{2,20}$/.test(key) ? `<@${key}>` : escapeUntrusted(key);
    case 'customer':
      return /^[CG][A-Z0-9]{2,20}$/.test(key) ? `<#${key}>` : untrustedMrkdwn(label, 80);
    default:
      return untrustedMrkdwn(label, 80);
  }
}

function rowLine(query: AskQuery, row: AnswerRow, lang: AskLanguage): string {
  const groups = query.groupBy ?? [];
  const name = groups.map((g, i) => groupLabel(g, row.labels[i] ?? '', row.keys[i] ?? '', lang)).join(' · ');
  const figure = figureText(query.measure, row.value, lang);
  const tickets =
    query.measure === 'tickets' ? '' : lang === 'zh' ? `（${row.tickets} 张）` : ` (${row.tickets} tickets)`;
  const before =
    row.previous !== undefined
      ? lang === 'zh'
        ? `，上期 ${figureText(query.measure, row.previous ?? null, lang)}`
        : `, ${figureText(query.measure, row.previous ?? null, lang)} the period before`
      : '';
  return `• ${name}: *${figure}*${tickets}${before}`;
}

function periodText(query: AskQuery, period: ResolvedPeriod, lang: AskLanguage, timeZone: string): string {
  const p = query.period;
  const named = PERIOD[p.kind][lang]
    .replace('{n}', String(p.days ?? 7))
    .replace('{from}', p.from ?? '')
    .replace('{to}', p.to ?? '');
  const lastDay = new Date(Math.max(period.since.getTime(), period.until.getTime() - 1));
  const span = `${dayText(period.since, timeZone)} – ${dayText(lastDay, timeZone)}`;
  return lang === 'zh' ? `${named}（${span}）` : `${named} (${span})`;
}

/** How the question was read, in one line: period, filters, grouping, order, and who read it. */
export function readingLine(
  query: AskQuery,
  period: ResolvedPeriod,
  lang: AskLanguage,
  timeZone: string,
  readBy?: 'model' | 'rules',
): string {
  const f = query.filters ?? {};
  const parts: string[] = [];
  const words = (values: string[]) => values.map((v) => untrustedMrkdwn(v, 60)).join(lang === 'zh' ? '、' : ', ');
  const filter = (dim: AskDimension, text: string) => parts.push(`${DIMENSION[dim][lang]} ${text}`);
  if (f.category?.length)
    filter('category', f.category.map((c) => (lang === 'zh' ? CATEGORY_LABEL[c].zh : CATEGORY_SHORT[c])).join(', '));
  if (f.priority?.length) filter('priority', f.priority.map((p) => PRIORITY_LABEL[p]).join(', '));
  if (f.side?.length) filter('side', f.side.map((s) => (lang === 'zh' ? SIDE_LABEL[s].zh : SIDE_SHORT[s])).join(', '));
  if (f.rootCause?.length) filter('root_cause', words(f.rootCause));
  if (f.knownProblem) filter('known_problem', untrustedMrkdwn(f.knownProblem, 60));
  if (f.customer?.length)
    filter(
      'customer',
      f.customer.map((c) => (/^[CG][A-Z0-9]{2,20}$/.test(c) ? `<#${c}>` : untrustedMrkdwn(c, 60))).join(', '),
    );
  if (f.tier) filter('tier', TIER[f.tier]![lang]);
  if (f.region?.length) filter('region', words(f.region));
  if (f.device?.length) filter('device', words(f.device));
  if (f.os?.length) filter('os', words(f.os));
  if (f.network?.length) filter('network', words(f.network));
  if (f.language?.length) filter('language', f.language.map((l) => LANGUAGE_NAME[l]![lang]).join(', '));
  if (f.status?.length) filter('status', f.status.map((s) => STATUS[s]![lang]).join(', '));
  if (f.awaitingFirstReply) parts.push(lang === 'zh' ? '仍在等首次回复' : 'still waiting for a first reply');
  if (f.escalated !== null && f.escalated !== undefined)
    parts.push(lang === 'zh' ? (f.escalated ? '被升级过' : '未被升级') : f.escalated ? 'escalated' : 'not escalated');
  if (f.reopened !== null && f.reopened !== undefined)
    parts.push(lang === 'zh' ? (f.reopened ? '被重开过' : '未被重开') : f.reopened ? 'reopened' : 'not reopened');
  if (f.owner) filter('owner', f.owner === 'none' ? (lang === 'zh' ? '无人负责' : 'nobody') : `<@${f.owner}>`);
  const groups = query.groupBy ?? [];
  const by = groups.length ? groups.map((g) => DIMENSION[g][lang]).join(lang === 'zh' ? '、' : ' and ') : '';
  const measure = MEASURE[query.measure][lang];
  const when = periodText(query, period, lang, timeZone);
  const who = readBy === 'model' ? (lang === 'zh' ? '由模型理解' : 'read by the model') : '';
  if (lang === 'zh') {
    const text = [
      query.measure === 'tickets' ? `理解为：${when}开启的工单数` : `理解为：${when}开启的工单的${measure}`,
      parts.length ? `筛选 ${parts.join('；')}` : '',
      by ? `按${by}分组` : '',
      query.rising ? '只看比上期增加的' : '',
      query.limit ? `前 ${query.limit} 个` : '',
      who,
    ];
    return text.filter(Boolean).join(' · ');
  }
  const text = [
    query.measure === 'tickets' ? `Read as: tickets opened ${when}` : `Read as: ${measure} of tickets opened ${when}`,
    parts.length ? `where ${parts.join('; ')}` : '',
    by ? `by ${by}` : '',
    query.rising ? 'only what rose against the period before' : '',
    query.limit ? `top ${query.limit}` : '',
    who,
  ];
  return text.filter(Boolean).join(' · ');
}

function examplesText(lang: AskLanguage): string {
  return EXAMPLE_QUESTIONS[lang].map((q) => `• ${q}`).join('\n');
}

function plain(text: string): { text: string; blocks: KnownBlock[] } {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(text, SECTION_MAX) } }] };
}

export interface AnswerViewOptions {
  timeZone: string;
  triageChannelId: string;
  /** The answer only the asker sees: offer to share it in the channel. */
  shareable?: boolean;
  /** Who asked, when the answer is shared or posted for everyone. */
  askedBy?: string;
}

/** The answer to a question as a Slack message: the figure, the rows, the tickets, and how it was read. */
export function askAnswerMessage(
  answer: AskAnswer,
  options: AnswerViewOptions,
): { text: string; blocks: KnownBlock[] } {
  const lang = answer.language;
  switch (answer.kind) {
    case 'empty':
      return plain(
        lang === 'zh'
          ? `想了解投诉数据的什么？比如：\n${examplesText(lang)}`
          : `Ask me about the complaint data, for example:\n${examplesText(lang)}`,
      );
    case 'too_long':
      return plain(
        lang === 'zh'
          ? `这个问题有 ${answer.length} 个字符，请在 ${ASK_MAX_CHARS} 个字符内提问。`
          : `That question is ${answer.length} characters long; please ask in at most ${ASK_MAX_CHARS}.`,
      );
    case 'unread':
      return plain(
        lang === 'zh'
          ? `抱歉，这个问题我读不懂。可以这样问：\n${examplesText(lang)}`
          : `Sorry, I can't read that question. You could ask:\n${examplesText(lang)}`,
      );
    case 'timeout': {
      const reading = readingLine(answer.query, answer.period, lang, options.timeZone);
      const text =
        lang === 'zh'
          ? '这个问题要查的数据太多，没能及时算完。请缩短时间段或加一个筛选条件再问。'
          : 'That question needs more data than can be counted in time. Try a shorter period or add a filter.';
      return { text, blocks: [...plain(text).blocks, contextBlock(reading)] };
    }
    case 'answer':
      return answerBlocks(answer, options);
  }
}

function contextBlock(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cutMrkdwn(text, SECTION_MAX) }] };
}

function cardLink(triage: string, ts: string | null, id: number): string {
  return ts && /^\d+\.\d+$/.test(ts)
    ? `<https://slack.com/archives/${triage}/p${ts.replace('.', '')}|#${id}>`
    : `#${id}`;
}

function answerBlocks(
  answer: Extract<AskAnswer, { kind: 'answer' }>,
  options: AnswerViewOptions,
): { text: string; blocks: KnownBlock[] } {
  const lang = answer.language;
  const { query } = answer;
  const figure = figureText(query.measure, answer.value, lang);
  const measure = MEASURE[query.measure][lang];
  const count =
    query.measure === 'tickets'
      ? ''
      : lang === 'zh'
        ? `（共 ${answer.tickets} 张工单）`
        : ` (over ${answer.tickets} tickets)`;
  let sentence =
    lang === 'zh'
      ? `${measure}：*${figure}*${count}。`
      : `${measure[0]!.toUpperCase()}${measure.slice(1)}: *${figure}*${count}.`;
  if (query.rising && answer.rows?.length === 0)
    sentence += lang === 'zh' ? ' 与上期相比没有增加的。' : ' Nothing rose against the period before.';
  const asked = options.askedBy
    ? lang === 'zh'
      ? `（<@${options.askedBy}> 提问）`
      : ` Asked by <@${options.askedBy}>.`
    : '';
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `${sentence}${asked}` } }];
  const lines: string[] = [];
  if (answer.rows?.length) {
    for (const row of answer.rows) lines.push(rowLine(query, row, lang));
    if (answer.more.groups > 0)
      lines.push(
        lang === 'zh'
          ? `…另有 ${answer.more.groups} 组（${answer.more.tickets} 张工单）`
          : `…and ${answer.more.groups} more (${answer.more.tickets} tickets)`,
      );
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(lines.join('\n'), SECTION_MAX) } });
  }
  if (answer.ticketLinks?.length) {
    const links = answer.ticketLinks.map((t) => cardLink(options.triageChannelId, t.ts, t.id)).join(', ');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${lang === 'zh' ? '工单' : 'Tickets'}: ${links}` } });
  }
  const reading = readingLine(query, answer.period, lang, options.timeZone, answer.readBy);
  blocks.push(contextBlock(reading));
  if (options.shareable) {
    const value = JSON.stringify({ q: query, at: answer.askedAt.toISOString(), l: lang, r: answer.readBy });
    if (value.length <= BUTTON_VALUE_MAX)
      blocks.push({
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: IDS.actions.shareAnswer,
            text: { type: 'plain_text', text: lang === 'zh' ? '分享到频道' : 'Share in channel' },
            value,
          },
        ],
      });
  }
  // How it was read comes second, so a long table cut to fit never loses it.
  const text = [sentence + asked, reading, ...lines].join('\n');
  return { text: cutMrkdwn(text, 3000), blocks };
}
