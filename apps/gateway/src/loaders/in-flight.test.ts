import { describe, expect, it } from 'vitest';
import { createInFlight } from './in-flight.js';

describe('createInFlight', () => {
  it('shares one running task among concurrent callers of a key', async () => {
    const inFlight = createInFlight<string, number>();
    let calls = 0;
    const task = async () => {
      calls += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return 42;
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => inFlight.run('7', task)));
    expect(results.every((value) => value === 42)).toBe(true);
    expect(calls).toBe(1);
    expect(inFlight.size).toBe(0);
  });

  it('starts again once the previous task settled, failures included', async () => {
    const inFlight = createInFlight<string, number>();
    await expect(inFlight.run('7', () => Promise.reject(new Error('first')))).rejects.toThrow('first');
    await expect(inFlight.run('7', async () => 2)).resolves.toBe(2);
  });

  it('keeps keys apart', async () => {
    const inFlight = createInFlight<string, string>();
    const [a, b] = await Promise.all([
      inFlight.run('a', async () => 'A'),
      inFlight.run('b', async () => 'B'),
    ]);
    expect([a, b]).toEqual(['A', 'B']);
  });
});
