/** `/complaints help`: what the app does and every command, in one message. */
export function helpMessage(): { text: string } {
  return {
    text: [
      '*Complaint Desk* turns customer complaints in shared channels into tickets with a drafted reply for you ' +
        'to approve.',
      '• `/complaints link @engineer [enterprise]` — run in a customer channel: links it and pairs the engineer ' +
        'who is pinged when a ticket there runs late. Run again to change.',
      '• `/complaints settings` — run in a customer channel: engineer, tier, business hours, time zone and language.',
      '• `/complaints problems` — the open known problems (mark one fixed) and the updates waiting for approval.',
      '• `/complaints language [code]` — the language agents work in (en, zh, …): cards show customers’ messages ' +
        'translated into it when a model is configured.',
      '• `/complaints report [days]` — complaint review for the last 7 days (or as many as you say).',
      '• `/complaints export [days]` — a CSV of the tickets opened in the last 30 days (or as many as you say), ' +
        'sent to you in a direct message.',
      '• `/complaints ask <question>` — ask the complaint data in plain words ("how many drops from Jakarta this ' +
        'week, by customer?"); only you see the answer, with a button to share it. Or mention the app in the triage ' +
        'channel and it answers in the thread.',
      '• `/complaints help` — this message.',
      'To open a ticket from any message, use the *Open complaint ticket* message shortcut or react with :ticket:.',
    ].join('\n'),
  };
}

export function linkedMessage(params: {
  channelId: string;
  engineerUserId: string;
  enterprise: boolean;
  created: boolean;
}): { text: string } {
  const tier = params.enterprise ? 'an *enterprise* customer (top priority, 24/7 clocks)' : 'a standard customer';
  return {
    text:
      `${params.created ? 'Linked' : 'Updated'} <#${params.channelId}>: ${tier}, paired with ` +
      `<@${params.engineerUserId}>. New top-level messages from the customer here now open tickets.`,
  };
}
