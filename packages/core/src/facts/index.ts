/**
 * `@minimax-files/core/facts`: the rules and words every part of the project shares, safe in a browser (no Node
 * built-ins, no dependencies). The client itself is `@minimax-files/core`, which re-exports all of this.
 */
export { ERROR_TEXTS, hostOf, REGION_HINT, regionHintFor } from './error-texts.js';
export {
  AuthenticationFailedError,
  ContentRejectedError,
  ERROR_KINDS,
  type ErrorKind,
  FileNotFoundError,
  InsufficientBalanceError,
  InvalidArgumentError,
  InvalidFileIdError,
  isMiniMaxFilesError,
  MiniMaxFilesConfigError,
  MiniMaxFilesError,
  type MiniMaxFilesErrorDetails,
  type MiniMaxFilesErrorKind,
  RateLimitedError,
  UpstreamError,
  UpstreamTimeoutError,
} from './errors.js';
export { checkFileId, FILE_ID_RULE, type FileIdCheck, MAX_FILE_ID, parseFileId } from './file-id.js';
export { MAX_FILENAME_CHARS, shortenFilename } from './filename.js';
export { DEFAULT_RETRY_AFTER_SECONDS, MAX_IDS_PER_LOOKUP, MAX_RETRY_AFTER_SECONDS } from './limits.js';
export { isListablePurpose, LISTABLE_PURPOSES, type ListablePurpose } from './purposes.js';
export {
  outcomeForCode,
  outcomeForResponse,
  statusMsgSaysFileMissing,
  UPSTREAM_OUTCOMES,
  type UpstreamOutcome,
  type UpstreamOutcomeId,
} from './upstream-outcomes.js';
