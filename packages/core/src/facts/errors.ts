/** The GraphQL union's error members, in the order the schema lists them. */
export const ERROR_KINDS = [
  'FileNotFound',
  'InvalidFileId',
  'AuthenticationFailed',
  'RateLimited',
  'InsufficientBalance',
  'ContentRejected',
  'UpstreamTimeout',
  'UpstreamError',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface MiniMaxFilesErrorDetails {
  retryable?: boolean;
  upstreamCode?: number;
  statusMsg?: string;
  httpStatus?: number;
  traceId?: string;
  retryAfterSeconds?: number;
  regionHint?: string;
  cause?: unknown;
}

/**
 * What core throws of its own: every upstream outcome (`kind` is then the GraphQL union member name) and, as
 * `InvalidArgument`, a caller's mistake found before any request (a bad option, an unknown purpose).
 */
export type MiniMaxFilesErrorKind = ErrorKind | 'InvalidArgument';

/**
 * The one error root. Branch on `kind` or with `instanceof` on a subclass; `MiniMaxFilesError.create` is the one
 * place that picks the subclass of an upstream outcome. The type parameter narrows `kind` for subclasses and for
 * code that only ever sees upstream outcomes (the default).
 */
export class MiniMaxFilesError<Kind extends MiniMaxFilesErrorKind = ErrorKind> extends Error {
  readonly kind: Kind;
  readonly retryable: boolean;
  /** base_resp.status_code, when the upstream sent one. */
  declare readonly upstreamCode?: number;
  /** base_resp.status_msg, when the upstream sent one. */
  declare readonly statusMsg?: string;
  declare readonly httpStatus?: number;
  /** The upstream Trace-Id response header: quote it to MiniMax support. */
  declare readonly traceId?: string;
  /** From Retry-After (or retry-after-ms), when the upstream sent it. */
  declare readonly retryAfterSeconds?: number;
  /** AuthenticationFailed: API keys only work on the host of the region that issued them. */
  declare readonly regionHint?: string;

  constructor(kind: Kind, message: string, details: MiniMaxFilesErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.kind = kind;
    this.retryable = details.retryable ?? false;
    if (details.upstreamCode !== undefined) this.upstreamCode = details.upstreamCode;
    if (details.statusMsg !== undefined) this.statusMsg = details.statusMsg;
    if (details.httpStatus !== undefined) this.httpStatus = details.httpStatus;
    if (details.traceId !== undefined) this.traceId = details.traceId;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.regionHint !== undefined) this.regionHint = details.regionHint;
  }

  /** The single factory of upstream outcomes: the subclass follows from the kind. */
  static create(kind: ErrorKind, message: string, details: MiniMaxFilesErrorDetails = {}): MiniMaxFilesError {
    return new ERROR_CLASSES[kind](message, details);
  }
}

/** The base of one kind's subclass: only the kind differs, so each subclass below is one line. */
function errorOfKind<Kind extends MiniMaxFilesErrorKind>(kind: Kind) {
  return class extends MiniMaxFilesError<Kind> {
    constructor(message: string, details?: MiniMaxFilesErrorDetails) {
      super(kind, message, details);
    }
  };
}

export class FileNotFoundError extends errorOfKind('FileNotFound') {}
export class InvalidFileIdError extends errorOfKind('InvalidFileId') {}
export class AuthenticationFailedError extends errorOfKind('AuthenticationFailed') {}
export class RateLimitedError extends errorOfKind('RateLimited') {}
export class InsufficientBalanceError extends errorOfKind('InsufficientBalance') {}
export class ContentRejectedError extends errorOfKind('ContentRejected') {}
export class UpstreamTimeoutError extends errorOfKind('UpstreamTimeout') {}
export class UpstreamError extends errorOfKind('UpstreamError') {}
/** A caller's mistake, found before any request: an unknown purpose, a malformed option. Never retryable. */
export class InvalidArgumentError extends errorOfKind('InvalidArgument') {}
/** A configuration mistake (no key, a base URL that is not http(s), a non-numeric MINIMAX_TIMEOUT_MS). */
export class MiniMaxFilesConfigError extends InvalidArgumentError {}

const ERROR_CLASSES: Record<
  ErrorKind,
  new (
    message: string,
    details?: MiniMaxFilesErrorDetails,
  ) => MiniMaxFilesError
> = {
  FileNotFound: FileNotFoundError,
  InvalidFileId: InvalidFileIdError,
  AuthenticationFailed: AuthenticationFailedError,
  RateLimited: RateLimitedError,
  InsufficientBalance: InsufficientBalanceError,
  ContentRejected: ContentRejectedError,
  UpstreamTimeout: UpstreamTimeoutError,
  UpstreamError: UpstreamError,
};

/**
 * Whether a value is an upstream outcome (a kind of ERROR_KINDS), as opposed to a caller's mistake
 * (`InvalidArgument`, which `instanceof MiniMaxFilesError` also matches).
 */
export function isMiniMaxFilesError(value: unknown): value is MiniMaxFilesError {
  return value instanceof MiniMaxFilesError && value.kind !== 'InvalidArgument';
}
