import { describe, expect, it } from 'vitest';
import { ChannelGate } from '../../src/slack/channel-gate.js';

describe('channel gate', () => {
  it('lets posts through until Slack rate-limits the channel', () => {
    const gate = new ChannelGate(1000, 30_000);
    expect([1, 2, 3].map((job) => gate.acquire('C1', job, 0))).toEqual([0, 0, 0]);
  });

  it('after a 429, gives each waiting job its own turn one spacing apart, starting after Retry-After', () => {
    const gate = new ChannelGate(1000, 30_000);
    gate.penalize('C1', 2000, 0);
    expect(gate.acquire('C1', 1, 0)).toBe(2000);
    expect(gate.acquire('C1', 2, 0)).toBe(3000);
    expect(gate.acquire('C1', 3, 100)).toBe(3900);
    // Other channels are not affected.
    expect(gate.acquire('C2', 4, 100)).toBe(0);
    // Job 1 comes back at its turn and goes; job 2 coming back early waits for the rest of its turn.
    expect(gate.acquire('C1', 1, 2000)).toBe(0);
    expect(gate.acquire('C1', 2, 2500)).toBe(500);
    expect(gate.acquire('C1', 2, 3000)).toBe(0);
  });

  it('says how long a job still waits for its turn without taking or moving any turn', () => {
    const gate = new ChannelGate(1000, 30_000);
    expect(gate.turnIn('C1', 1, 0)).toBe(0);
    gate.penalize('C1', 2000, 0);
    expect(gate.acquire('C1', 1, 0)).toBe(2000);
    expect(gate.acquire('C1', 2, 0)).toBe(3000);
    expect(gate.turnIn('C1', 2, 500)).toBe(2500);
    expect(gate.turnIn('C1', 2, 500)).toBe(2500);
    // A job never given a turn has none to wait for: it asks the gate when it posts.
    expect(gate.turnIn('C1', 9, 500)).toBe(0);
    expect(gate.acquire('C1', 1, 2000)).toBe(0);
    expect(gate.turnIn('C1', 2, 3000)).toBe(0);
    expect(gate.acquire('C1', 2, 3000)).toBe(0);
  });

  it('spaces from the actual send, so a late job does not crowd the next one', () => {
    const gate = new ChannelGate(1000, 30_000);
    gate.penalize('C1', 1000, 0);
    expect(gate.acquire('C1', 1, 0)).toBe(1000);
    expect(gate.acquire('C1', 2, 0)).toBe(2000);
    expect(gate.acquire('C1', 1, 1700)).toBe(0); // ran 700 ms late
    expect(gate.acquire('C1', 2, 2000)).toBe(700); // still a full second after job 1 was sent
  });

  it('goes back to posting freely once the channel has been quiet', () => {
    const gate = new ChannelGate(1000, 5000);
    gate.penalize('C1', 1000, 0);
    expect(gate.acquire('C1', 7, 60_000)).toBe(0);
    expect(gate.acquire('C1', 8, 60_000)).toBe(0);
  });

  it('a post that goes ahead takes the next moment the channel allows, before the turns given out', () => {
    const gate = new ChannelGate(1000, 30_000);
    gate.penalize('C1', 1000, 0);
    expect(gate.acquire('C1', 1, 0)).toBe(1000);
    expect(gate.acquire('C1', 2, 0)).toBe(2000);
    expect(gate.acquire('C1', 3, 0)).toBe(3000);
    // The incident card comes last but goes first.
    expect(gate.acquire('C1', 9, 10, true)).toBe(990);
    // Job 1 comes back at its turn: the card is due then, so job 1 waits.
    expect(gate.acquire('C1', 1, 1000)).toBeGreaterThan(0);
    expect(gate.acquire('C1', 9, 1000, true)).toBe(0);
    // Every later post keeps the spacing.
    expect(gate.acquire('C1', 1, 1500)).toBe(500);
    expect(gate.acquire('C1', 1, 2000)).toBe(0);
    expect(gate.acquire('C1', 2, 2000)).toBe(1000);
    // A new post joins the queue after all of them.
    expect(gate.acquire('C1', 4, 2000)).toBeGreaterThanOrEqual(2000);
  });

  it('a post that goes ahead on a quiet channel goes at once', () => {
    const gate = new ChannelGate(1000, 30_000);
    expect(gate.acquire('C1', 9, 0, true)).toBe(0);
  });
});
