export { MiniMaxFiles } from './client.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  INITIAL_RETRY_DELAY_MS,
  MAX_CONNECTIONS_PER_ORIGIN,
  MAX_DOWNLOAD_CONNECTIONS_PER_ORIGIN,
  MAX_RETRY_AFTER_MS,
  MAX_RETRY_DELAY_MS,
  type MiniMaxFilesOptions,
  type RetryTiming,
} from './config.js';
export { DEFAULT_DOWNLOAD_HOSTS, isAllowedDownloadUrl, parseHostPatterns } from './download-hosts.js';
export { type MiniMaxEnvOptions, parseMiniMaxEnv, readMiniMaxEnv } from './env.js';
// The browser-safe facts (also importable alone as `@minimax-files/core/facts`).
export * from './facts/index.js';
export { parseSignedUrlExpiry } from './signed-url.js';
export type {
  DownloadOptions,
  DownloadProgress,
  DownloadSource,
  ListOptions,
  MiniMaxDownload,
  MiniMaxFile,
  RequestOptions,
} from './types.js';
export type { UpstreamEvent, UpstreamRequestEvent, UpstreamRoute } from './upstream-event.js';
