import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/drafting/model-breaker.js';
import { ModelCallError } from '../../src/drafting/model-client.js';
import { describeStatus, ModelHealth } from '../../src/drafting/model-health.js';
import type { ProbeResult } from '../../src/drafting/model-probe.js';
import { silentLog } from '../../src/logger.js';
import { Metrics } from '../../src/metrics.js';

const options = { failureThreshold: 3, openForMs: 60_000, maxOpenForMs: 200_000 };
const at = (seconds: number) => new Date(Date.UTC(2026, 4, 4, 9, 30, seconds));

describe('the circuit breaker', () => {
  it('opens after repeated failures, lets one trial through when half-open, and closes on success', () => {
    const breaker = new CircuitBreaker(options);
    expect(breaker.failed(at(0), 'timeout')).toBe(false);
    expect(breaker.failed(at(1), 'timeout')).toBe(false);
    expect(breaker.acquire(at(1))).toBe('call');
    expect(breaker.failed(at(2), 'timeout')).toBe(true);
    expect(breaker.state(at(2))).toBe('open');
    expect(breaker.acquire(at(30))).toBe('blocked');
    expect(breaker.outage(at(30))).toEqual({ since: at(0), reason: 'timeout', retryAt: at(62) });

    expect(breaker.state(at(62))).toBe('half_open');
    expect(breaker.acquire(at(62))).toBe('trial');
    expect(breaker.acquire(at(62))).toBe('blocked'); // one trial at a time
    breaker.succeeded();
    expect(breaker.state(at(63))).toBe('closed');
    expect(breaker.acquire(at(63))).toBe('call');
    expect(breaker.outage(at(63))).toBeUndefined();
  });

  it('stays open twice as long after a failed trial, up to the maximum', () => {
    const breaker = new CircuitBreaker(options);
    for (let i = 0; i < 3; i++) breaker.failed(at(i), 'HTTP 500');
    expect(breaker.acquire(at(62))).toBe('trial');
    expect(breaker.failed(at(62), 'HTTP 503')).toBe(true);
    expect(breaker.state(at(62 + 119))).toBe('open');
    expect(breaker.state(at(62 + 120))).toBe('half_open');
    expect(breaker.acquire(at(182))).toBe('trial');
    breaker.failed(at(182), 'HTTP 503');
    expect(breaker.outage(at(183))).toMatchObject({ since: at(0), reason: 'HTTP 503' });
    expect(breaker.outage(at(183))!.retryAt.getTime() - at(182).getTime()).toBe(200_000);
  });

  it('a success in between resets the count', () => {
    const breaker = new CircuitBreaker(options);
    breaker.failed(at(0), 'x');
    breaker.failed(at(1), 'x');
    breaker.succeeded();
    expect(breaker.failed(at(2), 'x')).toBe(false);
    expect(breaker.state(at(2))).toBe('closed');
  });
});

describe('the model health', () => {
  function healthWith(results: ProbeResult[]) {
    let now = at(0);
    const probes: ProbeResult[] = [];
    const metrics = new Metrics();
    const health = new ModelHealth(
      async () => {
        const result = results.shift()!;
        probes.push(result);
        return result;
      },
      { log: silentLog, now: () => now, metrics },
      options,
    );
    return { health, probes, metrics, setNow: (d: Date) => (now = d) };
  }
  const ok: ProbeResult = { ok: true, outcome: 'ok', format: 'json_object', ms: 5, endpoint: 'e' };
  const down: ProbeResult = {
    ok: false,
    outcome: 'timeout',
    reason: 'the model did not answer in time (20 s)',
    ms: 20_000,
    endpoint: 'e',
  };
  const timeout = new ModelCallError('timeout', 'the model did not answer in time (20 s)');

  it('is degraded until checked, ok after a good check, and says which format', async () => {
    const { health, metrics } = healthWith([ok]);
    expect(describeStatus(health.status())).toBe('degraded (not checked yet)');
    await health.check();
    expect(health.status()).toEqual({ state: 'ok', format: 'json_object' });
    expect(describeStatus(health.status())).toBe('ok');
    expect(metrics.render([])).toContain('complaint_desk_model_probes_total{outcome="ok"} 1');
  });

  it('keeps drafts off a failing model, says since when, then probes again and lets them through', async () => {
    const { health, probes, metrics, setNow } = healthWith([ok, down, ok]);
    await health.check();
    for (let i = 0; i < 3; i++) {
      setNow(at(10 + i));
      expect(await health.admit()).toEqual({ allowed: true });
      health.failed(timeout);
    }
    // A bad answer to one ticket is not an endpoint failure.
    health.failed(new ModelCallError('not_json', 'the model returned text that is not JSON'));
    setNow(at(40));
    const refused = await health.admit();
    expect(refused).toEqual({
      allowed: false,
      reason: 'model unavailable since 2026-05-04 09:30 UTC (the model did not answer in time (20 s))',
    });
    expect(describeStatus(health.status())).toBe(
      'degraded (unavailable since 2026-05-04 09:30 UTC: the model did not answer in time (20 s))',
    );
    expect(health.gauges().map((g) => g.samples[0]!.value)).toEqual([0, 1]);
    expect(metrics.render([])).toContain('complaint_desk_model_circuit_opened_total 1');
    expect(probes).toHaveLength(1);

    setNow(at(72)); // half-open: the next draft runs the probe, which still fails
    expect((await health.admit()).allowed).toBe(false);
    expect(probes).toHaveLength(2);
    setNow(at(100));
    expect((await health.admit()).allowed).toBe(false);
    expect(probes).toHaveLength(2); // open again, for twice as long: no call

    setNow(at(72 + 120));
    expect(await health.admit()).toEqual({ allowed: true });
    expect(probes).toHaveLength(3);
    expect(health.status().state).toBe('ok');
    expect(health.gauges().map((g) => g.samples[0]!.value)).toEqual([1, 0]);
  });

  it('re-probes on its own when the circuit is half-open, without waiting for a draft', async () => {
    const { health, probes, setNow } = healthWith([down, down, down, ok]);
    setNow(at(0));
    for (let i = 0; i < 3; i++) await health.check();
    expect(health.status().state).toBe('degraded');
    health.tick(at(30));
    expect(probes).toHaveLength(3);
    setNow(at(62));
    health.tick(at(62));
    await health.check(); // joins the probe tick started
    expect(probes).toHaveLength(4);
    expect(health.status().state).toBe('ok');
  });
});
