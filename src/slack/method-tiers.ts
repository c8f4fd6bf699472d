/**
 * Every Slack Web API method the app calls, with the rate limit Slack gives it. Tiers are per method, per workspace,
 * per app: Tier 1 about 1+ a minute, Tier 2 20+, Tier 3 50+, Tier 4 100+; "special" methods have limits of their own
 * (https://docs.slack.dev/apis/web-api/rate-limits). Each method's tier is on its page,
 * https://docs.slack.dev/reference/methods/<method> ("Rate limits"), and in Slack's own SDK table
 * (slackapi/java-slack-sdk, slack-api-client/src/main/java/com/slack/api/methods/MethodsRateLimits.java).
 * test/slack/method-tiers.test.ts fails when src/ calls a method that is not listed here.
 */
export type SlackTier = 'tier1' | 'tier2' | 'tier3' | 'tier4' | 'special';

export interface MethodBudget {
  tier: SlackTier;
  /** The limit in Slack's words, and what the app does to stay inside it. */
  note: string;
}

export const SLACK_METHOD_TIERS = {
  'auth.test': {
    tier: 'special',
    note: 'Special (https://docs.slack.dev/reference/methods/auth.test); asked once per client for the workspace URL.',
  },
  'chat.postMessage': {
    tier: 'special',
    note:
      'Special: about one message a second per channel, short bursts allowed, several hundred a minute per ' +
      'workspace (https://docs.slack.dev/reference/methods/chat.postMessage). Paced per channel by ChannelGate.',
  },
  'chat.update': {
    tier: 'tier3',
    note:
      'Tier 3, 50+ a minute (https://docs.slack.dev/reference/methods/chat.update); not the per-channel post limit. ' +
      'Card and incident updates are coalesced per message, so a burst makes a few updates, not one per change.',
  },
  'chat.postEphemeral': {
    tier: 'tier4',
    note: 'Tier 4, 100+ a minute (https://docs.slack.dev/reference/methods/chat.postEphemeral); answers to clicks.',
  },
  'chat.getPermalink': {
    tier: 'special',
    note:
      'Special (https://docs.slack.dev/reference/methods/chat.getPermalink). Not called: links are composed from the ' +
      'workspace URL (src/slack/permalinks.ts).',
  },
  'conversations.history': {
    tier: 'tier3',
    note:
      'Tier 3 (https://docs.slack.dev/reference/methods/conversations.history); since 2025 apps outside the ' +
      'Marketplace get far less (https://docs.slack.dev/apis/web-api/rate-limits). Only after an uncertain post.',
  },
  'conversations.replies': {
    tier: 'tier3',
    note:
      'Tier 3, the same Marketplace caveat (https://docs.slack.dev/reference/methods/conversations.replies). Only ' +
      'after an uncertain post in a thread.',
  },
  'conversations.info': {
    tier: 'tier3',
    note: 'Tier 3 (https://docs.slack.dev/reference/methods/conversations.info); channel checks and the doctor.',
  },
  'conversations.members': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/conversations.members); who the agents are, cached.',
  },
  'conversations.open': {
    tier: 'tier3',
    note: 'Tier 3 (https://docs.slack.dev/reference/methods/conversations.open); only to look for an uncertain DM.',
  },
  'reactions.add': {
    tier: 'tier3',
    note: 'Tier 3 (https://docs.slack.dev/reference/methods/reactions.add); the status reaction, one per change.',
  },
  'reactions.remove': {
    tier: 'tier2',
    note: 'Tier 2 (https://docs.slack.dev/reference/methods/reactions.remove); the status reaction, one per change.',
  },
  'users.info': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/users.info); who wrote a message, cached.',
  },
  'views.open': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/views.open); one per click that opens a form.',
  },
  'views.publish': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/views.publish); App Home, when it is opened.',
  },
  'files.getUploadURLExternal': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/files.getUploadURLExternal); exports and reports.',
  },
  'files.completeUploadExternal': {
    tier: 'tier4',
    note: 'Tier 4 (https://docs.slack.dev/reference/methods/files.completeUploadExternal); exports and reports.',
  },
} as const satisfies Record<string, MethodBudget>;

export type SlackMethod = keyof typeof SLACK_METHOD_TIERS;
