export { MiniMaxFiles } from './client.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  INITIAL_RETRY_DELAY_MS,
  MAX_CONNECTIONS_PER_ORIGIN,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  MiniMaxFilesConfigError,
  type MiniMaxFilesOptions,
  type RetryTiming,
} from './config.js';
export { DEFAULT_DOWNLOAD_HOSTS, isAllowedDownloadUrl, parseHostPatterns } from './download-hosts.js';
export {
  AuthenticationFailedError,
  ContentRejectedError,
  ERROR_KINDS,
  type ErrorKind,
  FileNotFoundError,
  InsufficientBalanceError,
  InvalidFileIdError,
  isMiniMaxFilesError,
  MiniMaxFilesError,
  type MiniMaxFilesErrorDetails,
  RateLimitedError,
  UpstreamError,
  UpstreamTimeoutError,
} from './errors.js';
export { MAX_FILE_ID, parseFileId } from './file-id.js';
export { parseSignedUrlExpiry } from './signed-url.js';
export type {
  DownloadOptions,
  DownloadProgress,
  DownloadSource,
  MiniMaxDownload,
  MiniMaxFile,
  RequestOptions,
} from './types.js';
export type { UpstreamEvent, UpstreamRoute } from './upstream-event.js';
export {
  outcomeForCode,
  outcomeForResponse,
  statusMsgSaysFileMissing,
  UPSTREAM_OUTCOMES,
  type UpstreamOutcome,
  type UpstreamOutcomeId,
} from './upstream-outcomes.js';
