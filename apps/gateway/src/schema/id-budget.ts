import { badUserInput } from './scalars/bad-user-input.js';

/**
 * The distinct ids one GraphQL operation may look up, across all its `file` and `files` fields: without it,
 * aliases multiply "100 ids per call" into any number of upstream requests. Root fields' resolvers all run
 * before the first of them resumes from an await, so `check()` (one microtask later) sees every field's claim
 * and an overdrawn operation is refused as a whole, before any look-up is sent.
 */
export interface IdBudget {
  claim(ids: readonly string[]): void;
  check(): Promise<void>;
}

const budgets = new WeakMap<object, IdBudget>();

/** The budget of the operation a GraphQL context belongs to (Yoga builds one context per operation). */
export function idBudgetOf(context: object, max: number): IdBudget {
  let budget = budgets.get(context);
  if (!budget) {
    budget = createIdBudget(max);
    budgets.set(context, budget);
  }
  return budget;
}

export function createIdBudget(max: number): IdBudget {
  const claimed = new Set<string>();
  const refusal = () =>
    badUserInput(`at most ${max} distinct ids per operation (file and files together), got ${claimed.size}`);
  return {
    claim(ids) {
      for (const id of ids) claimed.add(id);
      if (claimed.size > max) throw refusal();
    },
    async check() {
      await null;
      if (claimed.size > max) throw refusal();
    },
  };
}
