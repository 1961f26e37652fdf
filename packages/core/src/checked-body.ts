import type { ReadableStreamReadResult } from 'node:stream/web';
import type { DownloadProgress } from './types.js';

export interface CheckedBodyOptions {
  /** The length the upstream announced; undefined = unknown, only counted. */
  expectedBytes?: number;
  onProgress?: (progress: DownloadProgress) => void;
  /** Turns a read failure of the source into the error the consumer sees. */
  mapReadError: (error: unknown) => unknown;
  /** Builds the error for a body shorter or longer than announced. */
  lengthError: (receivedBytes: number, expectedBytes: number) => unknown;
  /** Around each read of the source (the idle timer runs only while we wait for the upstream). */
  onReadStart?: () => void;
  onReadEnd?: () => void;
  /** Called once when the body ends in any way. */
  onSettled?: () => void;
}

/**
 * Wraps a download body so that it can never end silently short or long: pull-based (one chunk read per
 * consumer pull, so memory stays flat whatever the size), counting bytes, reporting progress, and failing the
 * stream with a typed error on a length mismatch or a broken connection.
 */
export function createCheckedBody(
  source: ReadableStream<Uint8Array> | null,
  options: CheckedBodyOptions,
): ReadableStream<Uint8Array> {
  const reader = source?.getReader();
  const { expectedBytes } = options;
  let receivedBytes = 0;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    options.onSettled?.();
  };

  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let result: ReadableStreamReadResult<Uint8Array>;
        options.onReadStart?.();
        try {
          result = reader ? await reader.read() : { done: true, value: undefined };
        } catch (error) {
          const mapped = options.mapReadError(error);
          settle();
          controller.error(mapped);
          return;
        } finally {
          options.onReadEnd?.();
        }
        if (result.done) {
          settle();
          if (expectedBytes !== undefined && receivedBytes !== expectedBytes) {
            controller.error(options.lengthError(receivedBytes, expectedBytes));
          } else {
            controller.close();
          }
          return;
        }
        const chunk = result.value;
        receivedBytes += chunk.byteLength;
        if (expectedBytes !== undefined && receivedBytes > expectedBytes) {
          settle();
          controller.error(options.lengthError(receivedBytes, expectedBytes));
          await reader?.cancel().catch(() => {});
          return;
        }
        try {
          options.onProgress?.({ receivedBytes, totalBytes: expectedBytes });
        } catch (error) {
          // the consumer's own callback failed: end the download with its error, and let go of the socket
          settle();
          controller.error(error);
          await reader?.cancel(error).catch(() => {});
          return;
        }
        controller.enqueue(chunk);
      },
      async cancel(reason) {
        settle();
        await reader?.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
