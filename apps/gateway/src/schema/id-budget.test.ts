import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createIdBudget, idBudgetOf } from './id-budget.js';

describe('createIdBudget', () => {
  it('counts distinct ids only', async () => {
    const budget = createIdBudget(3);
    budget.claim(['1', '2', '1']);
    budget.claim(['2', '3', '3']);
    await expect(budget.check()).resolves.toBeUndefined();
  });

  it('refuses the claim that overdraws it', () => {
    const budget = createIdBudget(3);
    budget.claim(['1', '2']);
    expect(() => budget.claim(['3', '4'])).toThrow(GraphQLError);
  });

  it('lets an earlier claimant see a later overdraft made in the same tick', async () => {
    const budget = createIdBudget(3);
    budget.claim(['1', '2', '3']);
    const first = budget.check();
    expect(() => budget.claim(['4'])).toThrow(/at most 3 distinct ids per request/);
    await expect(first).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps one budget per operation context', () => {
    const one = {};
    expect(idBudgetOf(one, 3)).toBe(idBudgetOf(one, 3));
    expect(idBudgetOf({}, 3)).not.toBe(idBudgetOf(one, 3));
  });
});
