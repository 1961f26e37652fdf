import { badUserInput } from './scalars/bad-user-input.js';

/**
 * The distinct ids one HTTP request may look up, across all its `file` and `files` fields and all the operations
 * of a batched request: without it, aliases and batching multiply "100 ids per call" into any number of upstream
 * requests (5 batched operations × 100 ids made 500). Within an operation, root fields' resolvers all run before
 * the first of them resumes from an await, so `check()` (one microtask later) sees every field's claim and an
 * overdrawn operation is refused as a whole, before any look-up is sent; a later operation of the same batch that
 * would overdraw the request's budget is refused in turn, so the request as a whole never asks for more.
 */
export interface IdBudget {
  claim(ids: readonly string[]): void;
  check(): Promise<void>;
}

const budgets = new WeakMap<object, IdBudget>();

/**
 * The budget of the HTTP request a GraphQL context belongs to. Yoga builds one context per operation, but every
 * operation of a batch carries the same node request (`req`); without one (a test's bare context), the context.
 */
export function idBudgetOf(context: object, max: number): IdBudget {
  const owner = (context as { req?: object }).req ?? context;
  let budget = budgets.get(owner);
  if (!budget) {
    budget = createIdBudget(max);
    budgets.set(owner, budget);
  }
  return budget;
}

export function createIdBudget(max: number): IdBudget {
  const claimed = new Set<string>();
  const refusal = () =>
    badUserInput(
      `at most ${max} distinct ids per request (file and files together, batched operations included), got ${claimed.size}`,
    );
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
