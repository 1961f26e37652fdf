import { type MiniMaxFilesOptions, type ResolvedConfig, resolveConfig } from './config.js';
import { downloadFile } from './download.js';
import { listFiles } from './endpoints/list.js';
import { retrieveFile } from './endpoints/retrieve.js';
import { InvalidArgumentError } from './facts/errors.js';
import { parseFileId } from './facts/file-id.js';
import { isListablePurpose, LISTABLE_PURPOSES, type ListablePurpose } from './facts/purposes.js';
import { isLinkExpired } from './signed-url.js';
import type { DownloadOptions, ListOptions, MiniMaxDownload, MiniMaxFile, RequestOptions } from './types.js';
import { Upstream } from './upstream.js';

/**
 * The MiniMax Files client. Configuration comes from the options, then the MINIMAX_* environment variables,
 * then the defaults in config.ts. The API key is sent to the base URL only.
 */
export class MiniMaxFiles {
  readonly baseURL: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly downloadHosts: readonly string[];
  // Private (#) so that neither console.log nor util.inspect of a client can print the key.
  readonly #upstream: Upstream;

  constructor(options: MiniMaxFilesOptions = {}) {
    const config: ResolvedConfig = resolveConfig(options);
    this.baseURL = config.baseURL;
    this.timeoutMs = config.timeoutMs;
    this.maxRetries = config.maxRetries;
    this.downloadHosts = config.downloadHosts;
    this.#upstream = new Upstream(config);
  }

  /**
   * A file's metadata. Throws InvalidFileIdError before any request for an id that is not 1..2^63-1,
   * otherwise a MiniMaxFilesError subclass per the upstream-outcome table; a caller abort rejects with the
   * signal's reason.
   */
  async retrieve(id: string | bigint | number, options: RequestOptions = {}): Promise<MiniMaxFile> {
    const fileId = parseFileId(id);
    options.signal?.throwIfAborted();
    return retrieveFile(this.#upstream, fileId, options.signal);
  }

  /**
   * Every file of one purpose, in the upstream's order, ids exact. Throws InvalidArgumentError before any
   * request for a purpose the list endpoint does not take; upstream failures are the same kinds as retrieve's,
   * and one malformed element fails the whole list (an UpstreamError naming it).
   */
  async list(options: ListOptions): Promise<MiniMaxFile[]> {
    const purpose: unknown = options?.purpose;
    if (!isListablePurpose(purpose)) {
      throw new InvalidArgumentError(
        `Invalid purpose ${JSON.stringify(purpose) ?? String(purpose)}: expected one of ${LISTABLE_PURPOSES.join(', ')}`,
      );
    }
    options.signal?.throwIfAborted();
    return listFiles(this.#upstream, purpose satisfies ListablePurpose, options.signal);
  }

  /** A file's bytes as a web ReadableStream that errors rather than ending short or long. */
  async download(id: string | bigint | number, options: DownloadOptions = {}): Promise<MiniMaxDownload> {
    const fileId = parseFileId(id);
    if (options.range !== undefined) assertRange(options.range);
    options.signal?.throwIfAborted();
    const file =
      options.file !== undefined && options.file.id === fileId && !isLinkExpired(options.file)
        ? options.file
        : await retrieveFile(this.#upstream, fileId, options.signal);
    return downloadFile(this.#upstream, file, options);
  }

  /** Closes the keep-alive connections; the client cannot be used afterwards. */
  close(): Promise<void> {
    return this.#upstream.close();
  }
}

/** A malformed range is the caller's bug, not an upstream outcome: it fails before any request. */
function assertRange(range: NonNullable<DownloadOptions['range']>): void {
  const { start, end } = range;
  const valid =
    Number.isSafeInteger(start) &&
    start >= 0 &&
    (end === undefined || (Number.isSafeInteger(end) && end >= start));
  if (!valid) throw new RangeError(`Invalid byte range ${JSON.stringify(range)}: want 0 <= start <= end`);
}
