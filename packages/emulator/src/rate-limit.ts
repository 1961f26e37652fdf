const WINDOW_MS = 60_000;

/** A sliding one-minute window over the API requests that were let through. */
export class RpmLimiter {
  #limit: number | undefined;
  #admitted: number[] = [];

  constructor(limit?: number) {
    this.#limit = limit;
  }

  set limit(limit: number | undefined) {
    this.#limit = limit;
    this.#admitted = [];
  }

  get limit(): number | undefined {
    return this.#limit;
  }

  /** True when the request may proceed; it then counts towards the limit. */
  admit(now = Date.now()): boolean {
    if (this.#limit === undefined) return true;
    while (this.#admitted.length > 0 && (this.#admitted[0] ?? 0) <= now - WINDOW_MS) this.#admitted.shift();
    if (this.#admitted.length >= this.#limit) return false;
    this.#admitted.push(now);
    return true;
  }
}
