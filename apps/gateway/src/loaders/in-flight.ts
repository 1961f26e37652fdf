/**
 * Process-wide de-duplication: while a task for a key is running, callers for the same key share its promise
 * instead of starting another. The entry goes as soon as the task settles, so nothing is cached here.
 */
export interface InFlight<K, V> {
  run(key: K, task: () => Promise<V>): Promise<V>;
  readonly size: number;
}

export function createInFlight<K, V>(): InFlight<K, V> {
  const running = new Map<K, Promise<V>>();
  return {
    get size() {
      return running.size;
    },
    run(key, task) {
      const existing = running.get(key);
      if (existing) return existing;
      const promise = task().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
  };
}
