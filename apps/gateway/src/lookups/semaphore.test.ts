import { describe, expect, it } from 'vitest';
import { createSemaphore, QueueTimeoutError } from './semaphore.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createSemaphore', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const semaphore = createSemaphore(2);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        semaphore.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
          return i;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(semaphore.active).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const semaphore = createSemaphore(1);
    await expect(semaphore.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(semaphore.run(async () => 'next')).resolves.toBe('next');
  });

  it('queues in arrival order', async () => {
    const semaphore = createSemaphore(1);
    const order: number[] = [];
    let unblock = () => {};
    const first = semaphore.run(() => new Promise<void>((resolve) => (unblock = resolve)));
    const rest = [1, 2, 3].map((n) => semaphore.run(async () => void order.push(n)));
    await tick();
    expect(semaphore.waiting).toBe(3);
    unblock();
    await Promise.all([first, ...rest]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('rejects a nonsensical limit', () => {
    expect(() => createSemaphore(0)).toThrow(RangeError);
  });

  it('serves waiting callers round-robin: a burst queues behind itself, not in front of a single look-up', async () => {
    const semaphore = createSemaphore(1);
    const order: string[] = [];
    let unblock = () => {};
    const first = semaphore.run(() => new Promise<void>((resolve) => (unblock = resolve)), { key: 'burst' });
    const burst = Array.from({ length: 5 }, (_, i) =>
      semaphore.run(async () => void order.push(`burst-${i}`), { key: 'burst' }),
    );
    const single = semaphore.run(async () => void order.push('single'), { key: 'single' });
    await tick();
    unblock();
    await Promise.all([first, ...burst, single]);
    expect(order).toEqual(['burst-0', 'single', 'burst-1', 'burst-2', 'burst-3', 'burst-4']);
  });

  it('refuses a task that waited longer than the queue deadline, without running it', async () => {
    const semaphore = createSemaphore(1, { queueTimeoutMs: 50 });
    let unblock = () => {};
    const first = semaphore.run(() => new Promise<void>((resolve) => (unblock = resolve)));
    let ran = false;
    const startedAt = performance.now();
    await expect(
      semaphore.run(async () => {
        ran = true;
      }),
    ).rejects.toBeInstanceOf(QueueTimeoutError);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(45);
    expect(semaphore.waiting).toBe(0);
    unblock();
    await first;
    expect(ran).toBe(false);
    expect(semaphore.active).toBe(0);
    await expect(semaphore.run(async () => 'next')).resolves.toBe('next');
  });

  it('drops a waiting task whose caller gave up: it never runs and its place goes to the next', async () => {
    const semaphore = createSemaphore(1);
    let unblock = () => {};
    const first = semaphore.run(() => new Promise<void>((resolve) => (unblock = resolve)));
    const controller = new AbortController();
    let ran = false;
    const abandoned = semaphore.run(
      async () => {
        ran = true;
      },
      { signal: controller.signal },
    );
    const next = semaphore.run(async () => 'next');
    await tick();
    controller.abort(new Error('client went away'));
    await expect(abandoned).rejects.toThrow('client went away');
    expect(semaphore.waiting).toBe(1);
    unblock();
    await first;
    await expect(next).resolves.toBe('next');
    expect(ran).toBe(false);
  });
});
