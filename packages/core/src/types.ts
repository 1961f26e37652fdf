import type { Readable } from 'node:stream';
import type { ListablePurpose } from './facts/purposes.js';

export interface MiniMaxFile {
  /** Exact decimal string (ids go up to 2^63-1, beyond what a JS number holds). */
  id: string;
  /** Exact size in bytes, a safe integer; 0 = unknown (MiniMax reports 0 for some videos). */
  bytes: number;
  filename: string;
  purpose: string;
  createdAt: Date;
  /** The upstream signed link: a bearer credential for the file, keep it server-side. */
  downloadUrl?: string;
  backupDownloadUrl?: string;
  /** Parsed from the link's Expires= parameter. */
  downloadUrlExpiresAt?: Date;
}

export interface RequestOptions {
  /** Cancels at once, also during backoff; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ListOptions extends RequestOptions {
  /** One of LISTABLE_PURPOSES; anything else is refused before a request. */
  purpose: ListablePurpose;
}

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes?: number;
}

export interface DownloadOptions extends RequestOptions {
  onProgress?: (progress: DownloadProgress) => void;
  /** Inclusive byte range, passed upstream as Range. */
  range?: { start: number; end?: number };
  /** Metadata already known: skips the retrieve call (unless its link has expired). */
  file?: MiniMaxFile;
}

export type DownloadSource = 'download_url' | 'backup_download_url' | 'retrieve_content';

export interface MiniMaxDownload {
  file: MiniMaxFile;
  /**
   * The bytes as a web stream; errors with an UpstreamError when shorter or longer than announced. Made when
   * first read from this property; throws a TypeError once `toNodeReadable()` has taken the body.
   */
  readonly body: ReadableStream<Uint8Array>;
  /**
   * The same checked bytes as a Node Readable, with no web-stream conversion (for piping into a Node
   * response). One reader only: throws a TypeError when called again or after `body` was read; `body` throws
   * once this was called. Destroying it stops the upstream transfer.
   */
  toNodeReadable(): Readable;
  status: 200 | 206;
  contentLength?: number;
  contentRange?: string;
  contentType?: string;
  source: DownloadSource;
}
