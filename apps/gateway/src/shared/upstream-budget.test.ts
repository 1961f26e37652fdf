import { describe, expect, it } from 'vitest';
import { budgetSlices, createUpstreamBudget } from './upstream-budget.js';

/** The most requests any span of `window` seconds can see: it meets at most ceil(window / slice) + 1 slices. */
const worstSpan = (rpm: number, window: number) => {
  const { points, seconds } = budgetSlices(rpm, window);
  return (Math.ceil(window / seconds) + 1) * points;
};

describe('budgetSlices', () => {
  it('never lets a sliding window see more than the rpm', () => {
    for (const rpm of [2, 3, 4, 5, 7, 10, 60, 119, 120, 121, 1000])
      for (const window of [4, 8, 60, 61]) expect(worstSpan(rpm, window)).toBeLessThanOrEqual(rpm);
  });

  it('admits one request per slice longer than the window for an rpm of 1', () => {
    // A slice opens with its first request, so one-point slices longer than the window keep requests apart.
    expect(budgetSlices(1, 60)).toEqual({ points: 1, seconds: 61 });
  });

  it('uses most of the budget when it is large enough to slice', () => {
    expect(budgetSlices(120, 60)).toEqual({ points: 24, seconds: 15 });
    expect(budgetSlices(1000, 60)).toEqual({ points: 200, seconds: 15 });
  });
});

describe('createUpstreamBudget (in process)', () => {
  it('refuses past its slice with RateLimited, no upstream code and a wait of at least 1 s', async () => {
    const budget = createUpstreamBudget({ rpm: 10, windowSeconds: 60 });
    await budget.take();
    await budget.take();
    const refusal = await budget.take().catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'RateLimited', retryable: true });
    expect((refusal as { upstreamCode?: number }).upstreamCode).toBeUndefined();
    expect((refusal as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('refuses everything while paused by an upstream rate limit', async () => {
    const budget = createUpstreamBudget({ rpm: 1000, windowSeconds: 60 });
    await budget.pause(5);
    const refusal = await budget.take().catch((error: unknown) => error);
    expect(refusal).toMatchObject({ kind: 'RateLimited' });
    expect((refusal as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(4);
  });
});
