/**
 * Process-wide de-duplication: while a task for a key is running, callers for the same key share its promise
 * instead of starting another. The entry goes as soon as the task settles, so nothing is cached here.
 *
 * Abandoned work is dropped: each caller may pass its signal (its client went away); a caller that leaves stops
 * waiting at once, and when every caller of a task has left, the task's own signal aborts (a queued look-up
 * then never reaches the upstream, a running one is cancelled) and the key is free for the next caller. A caller
 * without a signal never leaves, so its task always runs to the end.
 */
export interface InFlight<K, V> {
  run(key: K, task: (signal: AbortSignal) => Promise<V>, signal?: AbortSignal): Promise<V>;
  readonly size: number;
}

interface Entry<V> {
  promise: Promise<V>;
  controller: AbortController;
  /** Callers still waiting that could leave; Infinity once one that cannot has joined. */
  waiting: number;
}

export function createInFlight<K, V>(): InFlight<K, V> {
  const running = new Map<K, Entry<V>>();

  const start = (key: K, task: (signal: AbortSignal) => Promise<V>): Entry<V> => {
    const controller = new AbortController();
    const entry: Entry<V> = { controller, waiting: 0, promise: Promise.resolve() as Promise<V> };
    entry.promise = task(controller.signal).finally(() => {
      if (running.get(key) === entry) running.delete(key);
    });
    running.set(key, entry);
    return entry;
  };

  return {
    get size() {
      return running.size;
    },
    run(key, task, signal) {
      signal?.throwIfAborted();
      const entry = running.get(key) ?? start(key, task);
      if (signal === undefined) {
        entry.waiting = Number.POSITIVE_INFINITY;
        return entry.promise;
      }
      entry.waiting += 1;
      return new Promise<V>((resolve, reject) => {
        const leave = () => {
          entry.waiting -= 1;
          reject(signal.reason);
          if (entry.waiting > 0) return;
          // Nobody wants the answer any more: stop the work, and let the next caller start afresh.
          if (running.get(key) === entry) running.delete(key);
          entry.controller.abort(signal.reason);
          entry.promise.catch(() => {});
        };
        signal.addEventListener('abort', leave, { once: true });
        entry.promise.then(
          (value) => {
            signal.removeEventListener('abort', leave);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', leave);
            reject(error);
          },
        );
      });
    },
  };
}
