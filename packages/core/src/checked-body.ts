import { Readable } from 'node:stream';
import type { DownloadProgress } from './types.js';

export interface CheckedBodyOptions {
  /** The length the upstream announced; undefined = unknown, only counted. */
  expectedBytes?: number;
  onProgress?: (progress: DownloadProgress) => void;
  /** Turns a read failure of the source into the error the consumer sees. */
  mapReadError: (error: unknown) => unknown;
  /** Builds the error for a body shorter or longer than announced. */
  lengthError: (receivedBytes: number, expectedBytes: number) => unknown;
  /** While the consumer wants bytes and the upstream owes them (the idle timer runs only then). */
  onWaitStart?: () => void;
  /** When the wait ends: a chunk came, or the consumer has enough buffered. */
  onWaitEnd?: () => void;
  /** Called once when the body ends in any way. */
  onSettled?: () => void;
}

/**
 * Our buffer in front of the consumer. Above Node's 16 KiB default so that one socket read (up to 64 KiB)
 * fits without pausing the source for every chunk, yet small: the reader sets the pace, not the upstream.
 */
export const CHECKED_BODY_HIGH_WATER_MARK = 128 * 1024;

/**
 * Wraps a download body so that it can never end silently short or long: a Node Readable over the upstream's
 * Node body, counting bytes, reporting progress, and destroyed with a typed error on a length mismatch or a
 * broken connection. Pull-driven: the source flows only while our buffer is below its high-water mark, so
 * nothing is read ahead of the consumer and memory stays flat whatever the size. Destroying it (a consumer
 * that gives up) destroys the source, which lets go of the upstream connection.
 */
export function createCheckedBody(source: Readable, options: CheckedBodyOptions): Readable {
  return new CheckedBody(source, options);
}

class CheckedBody extends Readable {
  readonly #source: Readable;
  readonly #options: CheckedBodyOptions;
  #receivedBytes = 0;
  #waiting = false;
  #sourceEnded = false;
  #settled = false;

  constructor(source: Readable, options: CheckedBodyOptions) {
    super({ highWaterMark: CHECKED_BODY_HIGH_WATER_MARK });
    this.#source = source;
    this.#options = options;
    // Paused before the 'data' listener, so that attaching it does not start the flow: _read does.
    source.pause();
    source.on('data', this.#onData);
    source.on('end', this.#onEnd);
    source.on('error', this.#onError);
    source.on('close', this.#onClose);
  }

  override _read(): void {
    this.#startWaiting();
    this.#source.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#settle();
    this.#stopWaiting();
    this.#detach();
    // Not ended: the consumer gave up (or we failed it), so the upstream transfer must stop too.
    if (!this.#sourceEnded) this.#source.destroy();
    callback(error);
  }

  #onData = (chunk: Buffer): void => {
    this.#receivedBytes += chunk.byteLength;
    const { expectedBytes, onProgress } = this.#options;
    if (expectedBytes !== undefined && this.#receivedBytes > expectedBytes) {
      this.#fail(this.#options.lengthError(this.#receivedBytes, expectedBytes));
      return;
    }
    if (onProgress !== undefined) {
      try {
        onProgress({ receivedBytes: this.#receivedBytes, totalBytes: expectedBytes });
      } catch (error) {
        // the consumer's own callback failed: end the download with its error, and let go of the socket
        this.#fail(error);
        return;
      }
    }
    if (this.push(chunk)) {
      // Still wanting more: the upstream owes the next chunk, so the idle timer starts over.
      this.#startWaiting(true);
    } else {
      // Our buffer is full: a slow consumer is not a stalled upstream.
      this.#source.pause();
      this.#stopWaiting();
    }
  };

  #onEnd = (): void => {
    this.#sourceEnded = true;
    this.#stopWaiting();
    this.#settle();
    const { expectedBytes } = this.#options;
    if (expectedBytes !== undefined && this.#receivedBytes !== expectedBytes) {
      this.#fail(this.#options.lengthError(this.#receivedBytes, expectedBytes));
      return;
    }
    this.push(null);
  };

  #onError = (error: unknown): void => {
    this.#fail(this.#options.mapReadError(error));
  };

  /** A source that closes before its end without an error still broke off. */
  #onClose = (): void => {
    if (!this.#sourceEnded) this.#fail(this.#options.mapReadError(new Error('the body closed early')));
  };

  #fail(error: unknown): void {
    if (this.destroyed) return;
    // Whatever the caller aborted with is what the consumer sees, as with the web body before.
    this.destroy((error ?? new Error('the download failed')) as Error);
  }

  #startWaiting(restart = false): void {
    if (this.#waiting && !restart) return;
    this.#waiting = true;
    this.#options.onWaitStart?.();
  }

  #stopWaiting(): void {
    if (!this.#waiting) return;
    this.#waiting = false;
    this.#options.onWaitEnd?.();
  }

  #settle(): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#options.onSettled?.();
  }

  #detach(): void {
    this.#source.off('data', this.#onData);
    this.#source.off('end', this.#onEnd);
    this.#source.off('error', this.#onError);
    this.#source.off('close', this.#onClose);
    // Destroying the source below may still emit: nothing is listening for it any more.
    this.#source.on('error', () => {});
  }
}
