import { badUserInput } from './bad-user-input.js';

/**
 * The distinct ids one HTTP request may look up, across all its `file` and `files` fields and all the operations
 * of a batched request: without it, aliases and batching multiply "100 ids per call" into any number of upstream
 * requests (5 batched operations × 100 ids made 500). Within an operation, root fields' resolvers all run before
 * the first of them resumes from an await, so `check()` (one microtask later) sees every field's claim and an
 * overdrawn operation is refused as a whole, before any look-up is sent. Operations of one request are admitted in
 * the order they check: one that would take the request past the budget is refused, the ones admitted before it
 * are not.
 */
export interface IdBudget {
  claim(ids: readonly string[]): void;
  check(): Promise<void>;
}

/** Per HTTP request: the ids its admitted operations look up. */
const admittedByRequest = new WeakMap<object, Set<string>>();
/** Per operation (Yoga builds one context per operation). */
const budgets = new WeakMap<object, IdBudget>();

/**
 * The budget of the operation a GraphQL context belongs to, drawing on its HTTP request's: every operation of a
 * batch carries the same node request (`req`); without one (a test's bare context), the operation is the request.
 */
export function idBudgetOf(context: object, max: number): IdBudget {
  let budget = budgets.get(context);
  if (!budget) {
    const request = (context as { req?: object }).req ?? context;
    let admitted = admittedByRequest.get(request);
    if (!admitted) {
      admitted = new Set();
      admittedByRequest.set(request, admitted);
    }
    budget = createIdBudget(max, admitted);
    budgets.set(context, budget);
  }
  return budget;
}

export function createIdBudget(max: number, admitted: Set<string> = new Set()): IdBudget {
  const claimed = new Set<string>();
  const total = () => {
    let count = admitted.size;
    for (const id of claimed) if (!admitted.has(id)) count += 1;
    return count;
  };
  const refusal = (count: number) =>
    badUserInput(
      `at most ${max} distinct ids per request (file and files together, batched operations included), got ${count}`,
    );
  return {
    claim(ids) {
      for (const id of ids) claimed.add(id);
      const count = total();
      if (count > max) throw refusal(count);
    },
    async check() {
      await null;
      const count = total();
      if (count > max) throw refusal(count);
      for (const id of claimed) admitted.add(id);
    },
  };
}
