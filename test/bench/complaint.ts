/** The benchmark's customer channels: CBENCH000, CBENCH001, … */
export function benchChannel(index: number): string {
  return `CBENCH${String(index).padStart(3, '0')}`;
}

/**
 * A complaint as Slack delivers it, from a customer in another workspace. `label` (e.g. "[d12]")
 * is in its text, so the receipt and card the app posts for it can be found.
 */
export function benchComplaint(params: { channel: string; seq: number; label: string; customerTeam: string }) {
  const ts = `${Math.floor(Date.now() / 1000)}.${String(params.seq % 1_000_000).padStart(6, '0')}`;
  const label = `[${params.label}${params.seq}]`;
  const event = {
    type: 'message',
    channel: params.channel,
    user: `U${params.label.toUpperCase()}${params.seq}`,
    user_team: params.customerTeam,
    team: params.customerTeam,
    text: `${label} Our video calls keep dropping every few minutes`,
    ts,
  };
  return { ts, label, event };
}
