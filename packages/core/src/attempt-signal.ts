/**
 * One mechanism for cancellation and timeouts: a per-attempt AbortSignal that fires when the caller's signal
 * does or when the attempt's timer runs out. Afterwards `callerAborted` / `timedOut` say which, so the caller's
 * abort surfaces as its own reason and our timeout as UpstreamTimeout.
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  readonly timedOut: boolean;
  readonly callerAborted: boolean;
  /** Starts the timer over (a download's idle timeout runs while a body read is pending). */
  restartTimer(): void;
  /** Stops the timer until the next restartTimer. */
  stopTimer(): void;
  /** Removes the timer and the listener on the caller's signal. */
  dispose(): void;
}

export function createAttemptSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  let disposed = false;
  const onTimeout = () => {
    timerRunning = false;
    timedOut = true;
    controller.abort(new DOMException(`attempt timed out after ${timeoutMs} ms`, 'TimeoutError'));
  };
  const onCallerAbort = () => {
    clearTimeout(timer);
    timerRunning = false;
    controller.abort(callerSignal?.reason);
  };
  let timer = setTimeout(onTimeout, timeoutMs);
  // A download restarts the timer for every chunk: re-arming the running one is cheaper than a new one.
  let timerRunning = true;
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    get callerAborted() {
      return callerSignal?.aborted === true;
    },
    restartTimer() {
      if (disposed || controller.signal.aborted) return;
      if (timerRunning) {
        timer.refresh();
        return;
      }
      timer = setTimeout(onTimeout, timeoutMs);
      timerRunning = true;
    },
    stopTimer() {
      clearTimeout(timer);
      timerRunning = false;
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      timerRunning = false;
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
