/**
 * What a graceful stop needs to know: whether the gateway is draining (readiness then answers 503) and how many
 * requests are still being served, counted until their request line is written.
 */
export interface Drain {
  readonly draining: boolean;
  readonly inFlight: number;
  start(): void;
  begin(): void;
  end(): void;
  /** Resolves once nothing is in flight, or at `deadline` (a Date.now() value); true when idle. */
  idle(deadline: number): Promise<boolean>;
}

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    start() {
      draining = true;
    },
    begin() {
      inFlight++;
    },
    end() {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight > 0) return;
      for (const wake of waiters) wake();
      waiters = [];
    },
    idle(deadline) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(inFlight === 0), Math.max(0, deadline - Date.now()));
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
