import { UpstreamTimeoutError } from '@minimax-files/core';
import { QueueTimeoutError, type RunOptions, type Semaphore } from './semaphore.js';

/**
 * Runs an upstream call in a slot of the look-up budget. A look-up refused at the queue deadline answers as
 * our own timeout does, `UpstreamTimeout` (retryable): a value of the union, like every other upstream outcome.
 */
export async function inUpstreamSlot<T>(
  semaphore: Semaphore,
  task: () => Promise<T>,
  options?: RunOptions,
): Promise<T> {
  try {
    return await semaphore.run(task, options);
  } catch (error) {
    if (error instanceof QueueTimeoutError)
      throw new UpstreamTimeoutError(error.message, { retryable: true });
    throw error;
  }
}
