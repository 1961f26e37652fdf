import { isLosslessNumber, parse } from 'lossless-json';
import { errorForOutcome } from './facts/outcome-messages.js';
import { type BaseResp, outcomeForResponse } from './facts/upstream-outcomes.js';
import type { Attempt } from './request.js';
import { contentLengthOf, type UpstreamResponse } from './upstream-response.js';

/** A body we could not accept; its message says why, for the UpstreamError message. */
export class MalformedBody extends Error {
  override name = 'MalformedBody';
}

/** Which member of a MiniMax JSON answer carries the data, and whether success without it means "no file". */
export interface EnvelopeShape {
  member: 'file' | 'files';
  /** retrieve: `status_code` 0 without `file` is FileNotFound; list: the member's reader decides. */
  absentMeansMissingFile: boolean;
  /** A larger answer is not MiniMax's: we do not buffer it. */
  maxBytes: number;
}

/** One file's metadata is a few hundred bytes. */
export const FILE_ENVELOPE: EnvelopeShape = {
  member: 'file',
  absentMeansMissingFile: true,
  maxBytes: 1024 ** 2,
};
/** About 130 bytes a file: room for accounts of some 500,000 files per purpose. */
export const FILES_ENVELOPE: EnvelopeShape = {
  member: 'files',
  absentMeansMissingFile: false,
  maxBytes: 64 * 1024 ** 2,
};

/**
 * Reads and classifies a MiniMax JSON answer (`{ <member>, base_resp }`) through the upstream-outcome table.
 * Returns the raw member when the answer is a success, throws the classified MiniMaxFilesError otherwise.
 */
export async function readJsonAnswer(
  response: UpstreamResponse,
  attempt: Attempt,
  shape: EnvelopeShape,
): Promise<unknown> {
  const declared = contentLengthOf(response) ?? 0;
  const details = attempt.details(response);
  if (declared > shape.maxBytes) {
    response.body.destroy();
    throw errorForOutcome('malformedBody', {
      ...details,
      detail: `a ${declared}-byte answer is not MiniMax JSON`,
    });
  }
  const text = await attempt.readBody(() => response.body.text());
  const envelope = parseEnvelope(text);
  const data = envelope.json?.[shape.member];
  const hasData = shape.absentMeansMissingFile ? data !== undefined && data !== null : true;
  const outcome = outcomeForResponse(response.status, envelope.baseResp, hasData);
  if (outcome === 'file') return data;
  throw errorForOutcome(outcome, {
    ...details,
    upstreamCode: envelope.baseResp?.code,
    statusMsg: envelope.baseResp?.msg,
    detail: outcome === 'malformedBody' ? describeNonMiniMax(response, text) : undefined,
  });
}

export interface Envelope {
  /** Present only when the body is MiniMax-shaped: an object with base_resp.status_code an integer. */
  baseResp?: BaseResp;
  /** The parsed object, numbers as LosslessNumber; undefined when the body is not a JSON object. */
  json?: Record<string, unknown>;
}

/**
 * Parses a MiniMax JSON body keeping every number's digits (JSON.parse would round ids beyond 2^53).
 * Anything unparsable is reported as an envelope without base_resp.
 */
export function parseEnvelope(text: string): Envelope {
  let json: unknown;
  try {
    json = parse(text);
  } catch {
    return {};
  }
  if (!isRecord(json)) return {};
  const envelope: Envelope = { json };
  const baseResp = json.base_resp;
  if (isRecord(baseResp)) {
    const code = safeInteger(baseResp.status_code);
    if (code !== undefined) {
      envelope.baseResp = { code };
      if (typeof baseResp.status_msg === 'string') envelope.baseResp.msg = baseResp.status_msg;
    }
  }
  return envelope;
}

function describeNonMiniMax(response: UpstreamResponse, text: string): string {
  const type = response.header('content-type') ?? 'no content type';
  if (text.trim() === '') return `an empty body (${type})`;
  const hint = type.includes('json') ? '' : '; is the base URL right?';
  return `not a MiniMax JSON answer (${type})${hint}`;
}

/** A JSON integer literal that a JS number holds exactly, else undefined. */
export function safeInteger(value: unknown): number | undefined {
  if (!isLosslessNumber(value) || !/^-?[0-9]+$/.test(value.value)) return undefined;
  const number = Number(value.value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** A short, safe description of an unexpected JSON value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (isLosslessNumber(value)) return value.value.slice(0, 40);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}
