import { hostOf, regionHintFor } from './error-texts.js';
import { type ErrorKind, MiniMaxFilesError } from './errors.js';
import { UPSTREAM_OUTCOMES, type UpstreamOutcome, type UpstreamOutcomeId } from './upstream-outcomes.js';

export interface OutcomeContext {
  fileId?: string;
  baseURL: string;
  upstreamCode?: number;
  statusMsg?: string;
  httpStatus?: number;
  traceId?: string;
  retryAfterSeconds?: number;
  timeoutMs?: number;
  /** What went wrong in our own words, e.g. which field was malformed. */
  detail?: string;
  cause?: unknown;
  /** Removes the API key from upstream-supplied text (a proxy may echo the Authorization header back). */
  redact?: (text: string) => string;
}

function said(ctx: OutcomeContext): string {
  const parts: string[] = [];
  if (ctx.upstreamCode !== undefined && ctx.upstreamCode !== 0) parts.push(`status_code ${ctx.upstreamCode}`);
  if (ctx.statusMsg) parts.push(JSON.stringify(ctx.statusMsg));
  if (ctx.httpStatus !== undefined && (ctx.httpStatus < 200 || ctx.httpStatus >= 300))
    parts.push(`HTTP ${ctx.httpStatus}`);
  return parts.length > 0 ? ` (upstream: ${parts.join(', ')})` : '';
}

const file = (ctx: OutcomeContext) => (ctx.fileId === undefined ? 'the file' : `file ${ctx.fileId}`);
const missing = (ctx: OutcomeContext) => (ctx.fileId === undefined ? 'such file' : `file ${ctx.fileId}`);

const MESSAGES: Record<UpstreamOutcomeId, (ctx: OutcomeContext) => string> = {
  file: () => 'MiniMax returned the file',
  fileMissing: (ctx) => `MiniMax has no ${missing(ctx)}${said(ctx)}`,
  fileMissingMessage: (ctx) => `MiniMax has no ${missing(ctx)}${said(ctx)}`,
  notFoundHttp: (ctx) => `MiniMax has no ${missing(ctx)}${said(ctx)}`,
  invalidParams: (ctx) =>
    ctx.fileId === undefined
      ? `MiniMax rejected the request's parameters as invalid${said(ctx)}`
      : `MiniMax rejected the id of ${file(ctx)} as invalid${said(ctx)}`,
  authenticationFailed: (ctx) => `MiniMax rejected the API key${said(ctx)}. ${regionHintFor(ctx.baseURL)}`,
  rateLimitCode: (ctx) => `MiniMax rate limit reached${said(ctx)}${retryAfter(ctx)}`,
  rateLimitHttp: (ctx) => `MiniMax rate limit reached${said(ctx)}${retryAfter(ctx)}`,
  insufficientBalance: (ctx) => `The MiniMax account balance is insufficient${said(ctx)}`,
  contentRejected: (ctx) => `MiniMax rejected the content of ${file(ctx)}${said(ctx)}`,
  upstreamTimeoutCode: (ctx) => `MiniMax timed out${said(ctx)}`,
  clientTimeout: (ctx) => `No answer from ${hostOf(ctx.baseURL)} within ${ctx.timeoutMs ?? '?'} ms`,
  retryableCode: (ctx) => `MiniMax reported an internal error${said(ctx)}`,
  otherCode: (ctx) => `MiniMax reported an error${said(ctx)}`,
  serverError: (ctx) => `MiniMax answered with a server error${said(ctx)}`,
  connectionFailure: (ctx) => `Could not reach ${hostOf(ctx.baseURL)}${detail(ctx)}`,
  malformedBody: (ctx) => `MiniMax sent a malformed answer${detail(ctx)}${said(ctx)}`,
  truncatedBody: (ctx) =>
    `MiniMax's answer was cut off before its announced length${detail(ctx)}${said(ctx)}`,
  wrongBaseUrl: (ctx) =>
    `HTTP 404 from ${ctx.baseURL} that is not a MiniMax answer: the base URL looks wrong ` +
    '(expected https://api.minimax.io or https://api.minimaxi.com, without a path)',
  unexpectedHttpStatus: (ctx) => `Unexpected answer from ${hostOf(ctx.baseURL)}${said(ctx)}${detail(ctx)}`,
  downloadLengthMismatch: (ctx) => `The download of ${file(ctx)} was ${ctx.detail ?? 'the wrong length'}`,
  downloadLinkFailed: (ctx) => `The download link of ${file(ctx)} failed${said(ctx)}${detail(ctx)}`,
  downloadHostRefused: (ctx) =>
    `The download link of ${file(ctx)} points at a host that is not allowed${detail(ctx)}`,
};

function detail(ctx: OutcomeContext): string {
  return ctx.detail ? `: ${ctx.detail}` : '';
}

function retryAfter(ctx: OutcomeContext): string {
  return ctx.retryAfterSeconds === undefined ? '' : `; retry after ${ctx.retryAfterSeconds} s`;
}

/** Builds the error for a classified outcome: kind and retryable come from the table, never from the caller. */
export function errorForOutcome(id: UpstreamOutcomeId, ctx: OutcomeContext): MiniMaxFilesError {
  const row: UpstreamOutcome = UPSTREAM_OUTCOMES[id];
  const kind: ErrorKind = row.kind === 'File' ? 'UpstreamError' : row.kind;
  const redact = ctx.redact ?? ((text: string) => text);
  const statusMsg = ctx.statusMsg === undefined ? undefined : redact(ctx.statusMsg);
  const safe = { ...ctx, statusMsg, detail: ctx.detail === undefined ? undefined : redact(ctx.detail) };
  return MiniMaxFilesError.create(kind, redact(MESSAGES[id](safe)), {
    retryable: row.retryable,
    upstreamCode: ctx.upstreamCode,
    statusMsg,
    httpStatus: ctx.httpStatus,
    traceId: ctx.traceId,
    retryAfterSeconds: ctx.retryAfterSeconds,
    regionHint: id === 'authenticationFailed' ? regionHintFor(ctx.baseURL) : undefined,
    cause: ctx.cause,
  });
}
