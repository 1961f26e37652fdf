/**
 * Runs at most `limit` tasks at once. Bounds the gateway's pressure on the upstream however many clients ask at
 * the same time, and bounds what waiting costs them:
 * - fair: waiting tasks are served round-robin across their keys (the caller), so one caller's burst of 500
 *   look-ups queues behind itself while another caller's single look-up takes the next free slot;
 * - a deadline: a task that waited `queueTimeoutMs` for a slot is refused with `QueueTimeoutError`;
 * - abandonable: a task whose signal aborts while it waits leaves the queue and never runs.
 * p-queue and its kin queue in one line (first come, first served) with timeouts on running tasks only; neither
 * is what this needs.
 */
export interface Semaphore {
  run<T>(task: () => Promise<T>, options?: RunOptions): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export interface SemaphoreOptions {
  /** How long a task may wait for a slot; unset: as long as it takes. */
  queueTimeoutMs?: number;
  /** Called for each task refused at the deadline (metrics). */
  onQueueTimeout?: () => void;
}

export interface RunOptions {
  /** Whose task this is; tasks without a key share one. */
  key?: string;
  /** Aborting it while the task waits drops the task and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** No slot came free within the queue deadline: the gateway is busy, the caller may retry shortly. */
export class QueueTimeoutError extends Error {
  override readonly name = 'QueueTimeoutError';
  constructor(readonly waitedMs: number) {
    super(`no upstream slot came free within ${waitedMs} ms: the gateway is busy, try again shortly`);
  }
}

interface Waiter {
  start(): void;
  cancel(): void;
}

export function createSemaphore(
  limit: number,
  { queueTimeoutMs, onQueueTimeout }: SemaphoreOptions = {},
): Semaphore {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  let active = 0;
  let waiting = 0;
  // One line per key; a Map iterates in insertion order, so moving a served key to the back is round-robin.
  const lines = new Map<string, Waiter[]>();

  const dequeue = (): Waiter | undefined => {
    for (const [key, line] of lines) {
      const next = line.shift();
      lines.delete(key);
      if (line.length > 0) lines.set(key, line);
      if (next) return next;
    }
    return undefined;
  };

  const release = () => {
    const next = dequeue();
    if (next) {
      waiting -= 1;
      next.start();
    } else active -= 1;
  };

  const acquire = (key: string, signal: AbortSignal | undefined): Promise<void> => {
    signal?.throwIfAborted();
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const line = lines.get(key) ?? [];
      let timer: NodeJS.Timeout | undefined;
      const leave = (reason: unknown) => {
        const index = line.indexOf(waiter);
        if (index < 0) return;
        line.splice(index, 1);
        if (line.length === 0 && lines.get(key) === line) lines.delete(key);
        waiting -= 1;
        waiter.cancel();
        reject(reason);
      };
      const onAbort = () => leave(signal?.reason);
      const waiter: Waiter = {
        start() {
          waiter.cancel();
          resolve();
        },
        cancel() {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        },
      };
      if (queueTimeoutMs !== undefined) {
        timer = setTimeout(() => {
          onQueueTimeout?.();
          leave(new QueueTimeoutError(queueTimeoutMs));
        }, queueTimeoutMs);
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      line.push(waiter);
      lines.set(key, line);
      waiting += 1;
    });
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return waiting;
    },
    async run(task, { key = '', signal } = {}) {
      await acquire(key, signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
