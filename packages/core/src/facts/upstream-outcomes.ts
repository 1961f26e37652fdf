import type { ErrorKind } from './errors.js';

/**
 * THE table: every way the upstream can answer (or fail to), the GraphQL union member it becomes and whether
 * retrying can help. The client classifies with the functions below; the gateway and the admin only read it.
 */
export interface UpstreamOutcome {
  /** What the upstream said, in the contract's words. */
  readonly upstream: string;
  readonly kind: 'File' | ErrorKind;
  readonly retryable: boolean;
  /** base_resp.status_code values this row covers. */
  readonly codes?: readonly number[];
  /** HTTP statuses this row covers (`5xx` written as 500..599 would be noise, so it stays in `upstream`). */
  readonly httpStatuses?: readonly number[];
}

export const UPSTREAM_OUTCOMES = {
  file: { upstream: 'status_code 0 with a file', kind: 'File', retryable: false },
  fileMissing: { upstream: 'status_code 0 with no file', kind: 'FileNotFound', retryable: false },
  fileMissingMessage: {
    upstream: 'a non-zero status_code whose status_msg says the file does not exist',
    kind: 'FileNotFound',
    retryable: false,
  },
  notFoundHttp: {
    upstream: 'HTTP 404 with a MiniMax JSON body',
    kind: 'FileNotFound',
    retryable: false,
    httpStatuses: [404],
  },
  invalidParams: {
    upstream: '2013 (invalid params / abnormal input format)',
    kind: 'InvalidFileId',
    retryable: false,
    codes: [2013],
  },
  authenticationFailed: {
    upstream: '1004 (authentication failed)',
    kind: 'AuthenticationFailed',
    retryable: false,
    codes: [1004],
  },
  rateLimitCode: {
    upstream: '1002 (RPM limit), 1039 (TPM limit)',
    kind: 'RateLimited',
    retryable: true,
    codes: [1002, 1039],
  },
  rateLimitHttp: { upstream: 'HTTP 429', kind: 'RateLimited', retryable: true, httpStatuses: [429] },
  insufficientBalance: {
    upstream: '1008 (insufficient balance)',
    kind: 'InsufficientBalance',
    retryable: false,
    codes: [1008],
  },
  contentRejected: {
    upstream: '1026, 1027 (input / output content error)',
    kind: 'ContentRejected',
    retryable: false,
    codes: [1026, 1027],
  },
  upstreamTimeoutCode: {
    upstream: '1001 (timeout)',
    kind: 'UpstreamTimeout',
    retryable: true,
    codes: [1001],
  },
  clientTimeout: { upstream: 'our own per-attempt timeout', kind: 'UpstreamTimeout', retryable: true },
  retryableCode: {
    upstream: '1000 (unknown error), 1013 (internal service error), 1024, 1033',
    kind: 'UpstreamError',
    retryable: true,
    codes: [1000, 1013, 1024, 1033],
  },
  otherCode: { upstream: 'any other non-zero status_code', kind: 'UpstreamError', retryable: false },
  serverError: { upstream: 'HTTP 5xx', kind: 'UpstreamError', retryable: true },
  connectionFailure: {
    upstream: 'connection failure (refused, reset, DNS, TLS)',
    kind: 'UpstreamError',
    retryable: true,
  },
  malformedBody: {
    upstream: 'a malformed body: not JSON, no base_resp, or fields missing or wrongly typed',
    kind: 'UpstreamError',
    retryable: false,
  },
  truncatedBody: {
    upstream: 'a truncated body (the connection ended before the announced length)',
    kind: 'UpstreamError',
    retryable: false,
  },
  wrongBaseUrl: {
    upstream: 'HTTP 404 that is not a MiniMax answer (a wrong base URL)',
    kind: 'UpstreamError',
    retryable: false,
    httpStatuses: [404],
  },
  unexpectedHttpStatus: {
    upstream: 'any other HTTP status (3xx, 4xx) without a MiniMax status_code',
    kind: 'UpstreamError',
    retryable: false,
  },
  downloadLengthMismatch: {
    upstream: 'a download body shorter or longer than Content-Length (or than bytes when non-zero)',
    kind: 'UpstreamError',
    retryable: false,
  },
  downloadLinkFailed: {
    upstream: 'a download_url that answers with an error (e.g. 403 for an expired link)',
    kind: 'UpstreamError',
    retryable: false,
  },
  downloadHostRefused: {
    upstream: 'a download_url on a host outside the base URL host and MINIMAX_DOWNLOAD_HOSTS',
    kind: 'UpstreamError',
    retryable: false,
  },
} as const satisfies Record<string, UpstreamOutcome>;

export type UpstreamOutcomeId = keyof typeof UPSTREAM_OUTCOMES;

/** Codes MiniMax documents; anything else is `otherCode`. */
const OUTCOME_BY_CODE: ReadonlyMap<number, UpstreamOutcomeId> = new Map(
  (Object.keys(UPSTREAM_OUTCOMES) as UpstreamOutcomeId[]).flatMap((id) => {
    const row: UpstreamOutcome = UPSTREAM_OUTCOMES[id];
    return (row.codes ?? []).map((code) => [code, id] as const);
  }),
);

/**
 * MiniMax answers "no such file" with a generic code (often 2013 or 1000) and says so only in status_msg,
 * in English or Chinese.
 */
const FILE_MISSING_MESSAGE =
  /(file|file_id|文件)[^.;]*?(not\s*(be\s*)?(exist|found)|does\s*n[o']t\s*exist|no\s*longer\s*exists|不存在|未找到)|no\s+such\s+file|file\s+not\s+found/i;

export function statusMsgSaysFileMissing(statusMsg: string | undefined): boolean {
  return statusMsg !== undefined && FILE_MISSING_MESSAGE.test(statusMsg);
}

export function outcomeForCode(code: number, statusMsg?: string): UpstreamOutcomeId {
  if (code === 0) return 'file';
  if (statusMsgSaysFileMissing(statusMsg)) return 'fileMissingMessage';
  return OUTCOME_BY_CODE.get(code) ?? 'otherCode';
}

export interface BaseResp {
  code: number;
  msg?: string;
}

/**
 * Classifies an HTTP answer. `baseResp` is present only when the body was MiniMax-shaped JSON; the upstream's own
 * status_code is the more specific statement, so it wins over a bare HTTP status (404 and 429 excepted, which
 * the contract maps by status).
 */
export function outcomeForResponse(
  httpStatus: number,
  baseResp: BaseResp | undefined,
  hasFile: boolean,
): UpstreamOutcomeId {
  if (httpStatus >= 200 && httpStatus < 300) {
    if (baseResp === undefined) return 'malformedBody';
    if (baseResp.code === 0) return hasFile ? 'file' : 'fileMissing';
    return outcomeForCode(baseResp.code, baseResp.msg);
  }
  if (httpStatus === 404) return baseResp === undefined ? 'wrongBaseUrl' : 'notFoundHttp';
  if (httpStatus === 429) return 'rateLimitHttp';
  if (baseResp !== undefined && baseResp.code !== 0) return outcomeForCode(baseResp.code, baseResp.msg);
  if (httpStatus >= 500) return 'serverError';
  return 'unexpectedHttpStatus';
}
