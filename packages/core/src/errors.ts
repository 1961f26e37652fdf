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
 * Every failure the client reports. Branch on `kind` (the GraphQL union member name) or with `instanceof`
 * on a subclass; `MiniMaxFilesError.create` is the one place that picks the subclass.
 */
export class MiniMaxFilesError extends Error {
  readonly kind: ErrorKind;
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

  constructor(kind: ErrorKind, message: string, details: MiniMaxFilesErrorDetails = {}) {
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

  /** The single factory: the subclass follows from the kind. */
  static create(kind: ErrorKind, message: string, details: MiniMaxFilesErrorDetails = {}): MiniMaxFilesError {
    return new ERROR_CLASSES[kind](message, details);
  }
}

export class FileNotFoundError extends MiniMaxFilesError {
  declare readonly kind: 'FileNotFound';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('FileNotFound', message, details);
  }
}

export class InvalidFileIdError extends MiniMaxFilesError {
  declare readonly kind: 'InvalidFileId';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('InvalidFileId', message, details);
  }
}

export class AuthenticationFailedError extends MiniMaxFilesError {
  declare readonly kind: 'AuthenticationFailed';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('AuthenticationFailed', message, details);
  }
}

export class RateLimitedError extends MiniMaxFilesError {
  declare readonly kind: 'RateLimited';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('RateLimited', message, details);
  }
}

export class InsufficientBalanceError extends MiniMaxFilesError {
  declare readonly kind: 'InsufficientBalance';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('InsufficientBalance', message, details);
  }
}

export class ContentRejectedError extends MiniMaxFilesError {
  declare readonly kind: 'ContentRejected';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('ContentRejected', message, details);
  }
}

export class UpstreamTimeoutError extends MiniMaxFilesError {
  declare readonly kind: 'UpstreamTimeout';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('UpstreamTimeout', message, details);
  }
}

export class UpstreamError extends MiniMaxFilesError {
  declare readonly kind: 'UpstreamError';
  constructor(message: string, details?: MiniMaxFilesErrorDetails) {
    super('UpstreamError', message, details);
  }
}

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

export function isMiniMaxFilesError(value: unknown): value is MiniMaxFilesError {
  return value instanceof MiniMaxFilesError;
}
