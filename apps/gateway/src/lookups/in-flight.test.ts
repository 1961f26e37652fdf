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

  it('a caller that leaves stops waiting at once; the task is aborted only when every caller has left', async () => {
    const inFlight = createInFlight<string, number>();
    let taskSignal: AbortSignal | undefined;
    let finish = (_value: number) => {};
    const task = (signal: AbortSignal) => {
      taskSignal = signal;
      return new Promise<number>((resolve) => {
        finish = resolve;
      });
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = inFlight.run('7', task, first.signal);
    const b = inFlight.run('7', task, second.signal);
    first.abort(new Error('first left'));
    await expect(a).rejects.toThrow('first left');
    expect(taskSignal?.aborted).toBe(false);
    second.abort(new Error('second left'));
    await expect(b).rejects.toThrow('second left');
    expect(taskSignal?.aborted).toBe(true);
    // The key is free again: the next caller starts afresh rather than joining abandoned work.
    expect(inFlight.size).toBe(0);
    finish(1);
    await expect(inFlight.run('7', async () => 2)).resolves.toBe(2);
  });

  it('a caller without a signal keeps the task running after the others left', async () => {
    const inFlight = createInFlight<string, number>();
    let taskSignal: AbortSignal | undefined;
    const task = async (signal: AbortSignal) => {
      taskSignal = signal;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 3;
    };
    const leaving = new AbortController();
    const left = inFlight.run('7', task, leaving.signal);
    const staying = inFlight.run('7', task);
    leaving.abort(new Error('gone'));
    await expect(left).rejects.toThrow('gone');
    await expect(staying).resolves.toBe(3);
    expect(taskSignal?.aborted).toBe(false);
  });
});
