import { describe, expect, it } from 'vitest';
import { RequestPressure } from '../../src/services/request-pressure.js';

describe('request pressure', () => {
  it('is busy while a request is handled and for a moment after the last one', () => {
    let now = 1000;
    const pressure = new RequestPressure(50, () => now);
    expect(pressure.busy()).toBe(false);
    pressure.begin();
    pressure.begin();
    now += 500;
    pressure.end();
    expect(pressure.busy()).toBe(true);
    pressure.end();
    now += 49;
    expect(pressure.busy()).toBe(true);
    now += 1;
    expect(pressure.busy()).toBe(false);
  });

  it('waits for quiet no longer than asked', async () => {
    const pressure = new RequestPressure(5);
    await pressure.quiet(1000);
    pressure.begin();
    const started = Date.now();
    await pressure.quiet(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(pressure.busy()).toBe(true);
    pressure.end();
  });
});
