import { describe, expect, it } from 'vitest';
import { createFailedAuthThrottle } from './failed-auth-throttle.js';

describe('createFailedAuthThrottle', () => {
  it('blocks an address once its failures are used up, tells it when to retry, and reports the block once', async () => {
    const blocks: unknown[] = [];
    const throttle = createFailedAuthThrottle({
      maxFailures: 3,
      windowSeconds: 60,
      onBlocked: (block) => blocks.push(block),
    });
    expect(throttle.blocking).toBe(false);
    await throttle.failed('10.0.0.1');
    await throttle.failed('10.0.0.1');
    expect(throttle.retryAfterSeconds('10.0.0.1')).toBe(0);
    await throttle.failed('10.0.0.1');
    expect(throttle.blocking).toBe(true);
    const seconds = throttle.retryAfterSeconds('10.0.0.1');
    expect(seconds).toBeGreaterThan(55);
    expect(seconds).toBeLessThanOrEqual(60);
    await throttle.failed('10.0.0.1');
    expect(blocks).toEqual([{ clientAddress: '10.0.0.1', failures: 3, retryAfterSeconds: 60 }]);
    expect(throttle.retryAfterSeconds('10.0.0.2')).toBe(0);
  });

  it('lets the address try again when the window ends', async () => {
    const throttle = createFailedAuthThrottle({ maxFailures: 1, windowSeconds: 1 });
    await throttle.failed(undefined);
    expect(throttle.retryAfterSeconds(undefined)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(throttle.retryAfterSeconds(undefined)).toBe(0);
    expect(throttle.blocking).toBe(false);
  });
});
