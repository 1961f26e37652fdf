import { describe, expect, it } from 'vitest';
import { createSemaphore } from './semaphore.js';

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
});
