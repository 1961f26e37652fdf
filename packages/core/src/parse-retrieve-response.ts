import { isLosslessNumber, parse } from 'lossless-json';
import { parseFileId } from './file-id.js';
import { parseSignedUrlExpiry } from './signed-url.js';
import type { MiniMaxFile } from './types.js';
import type { BaseResp } from './upstream-outcomes.js';

/** A body we could not accept; `detail` says why, for the UpstreamError message. */
export class MalformedBody extends Error {
  override name = 'MalformedBody';
}

export interface Envelope {
  /** Present only when the body is MiniMax-shaped: an object with base_resp.status_code an integer. */
  baseResp?: BaseResp;
  /** The raw `file` member, when not null/absent. */
  file?: unknown;
}

const NOT_JSON = Symbol('not JSON');

/**
 * Parses a MiniMax JSON body keeping every number's digits (JSON.parse would round ids beyond 2^53).
 * Numbers come back as LosslessNumber; anything unparsable is reported as an envelope without base_resp.
 */
export function parseEnvelope(text: string): Envelope {
  const json = parseExact(text);
  if (!isRecord(json)) return {};
  const envelope: Envelope = {};
  const baseResp = json.base_resp;
  if (isRecord(baseResp)) {
    const code = safeInteger(baseResp.status_code);
    if (code !== undefined) {
      envelope.baseResp = { code };
      if (typeof baseResp.status_msg === 'string') envelope.baseResp.msg = baseResp.status_msg;
    }
  }
  if (json.file !== undefined && json.file !== null) envelope.file = json.file;
  return envelope;
}

function parseExact(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Validates the `file` object field by field: a missing or wrongly typed field is an error, never undefined. */
export function readFile(raw: unknown): MiniMaxFile {
  if (!isRecord(raw)) throw new MalformedBody('"file" is not an object');
  const id = readFileIdField(raw.file_id);
  const bytes = safeInteger(raw.bytes);
  if (bytes === undefined || bytes < 0)
    throw fieldError('bytes', 'a non-negative integer below 2^53', raw.bytes);
  const createdAtSeconds = safeInteger(raw.created_at);
  if (createdAtSeconds === undefined || createdAtSeconds < 0) {
    throw fieldError('created_at', 'Unix seconds', raw.created_at);
  }
  const filename = requiredString(raw, 'filename');
  const purpose = requiredString(raw, 'purpose');
  const downloadUrl = optionalString(raw, 'download_url');
  const backupDownloadUrl = optionalString(raw, 'backup_download_url');
  const file: MiniMaxFile = { id, bytes, filename, purpose, createdAt: new Date(createdAtSeconds * 1000) };
  if (downloadUrl !== undefined) {
    file.downloadUrl = downloadUrl;
    const expiresAt = parseSignedUrlExpiry(downloadUrl);
    if (expiresAt !== undefined) file.downloadUrlExpiresAt = expiresAt;
  }
  if (backupDownloadUrl !== undefined) file.backupDownloadUrl = backupDownloadUrl;
  return file;
}

/** file_id comes as a JSON number (often beyond 2^53) or as a string; both end as the exact decimal. */
function readFileIdField(value: unknown): string {
  const text = isLosslessNumber(value) ? value.value : value;
  if (typeof text === 'string') {
    try {
      return parseFileId(text);
    } catch {
      // reported below with the field name
    }
  }
  throw fieldError('file_id', 'an integer from 1 to 2^63-1', value);
}

/** A JSON integer literal that a JS number holds exactly, else undefined. */
function safeInteger(value: unknown): number | undefined {
  if (!isLosslessNumber(value) || !/^-?[0-9]+$/.test(value.value)) return undefined;
  const number = Number(value.value);
  return Number.isSafeInteger(number) ? number : undefined;
}

function requiredString(raw: Record<string, unknown>, field: string): string {
  const value = raw[field];
  if (typeof value !== 'string') throw fieldError(field, 'a string', value);
  return value;
}

/** Absent, null and "" all mean "no link" (MiniMax sends "" for files it cannot serve). */
function optionalString(raw: Record<string, unknown>, field: string): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw fieldError(field, 'a string', value);
  return value;
}

function fieldError(field: string, expected: string, got: unknown): MalformedBody {
  return new MalformedBody(`file.${field} must be ${expected}, got ${describe(got)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (isLosslessNumber(value)) return value.value.slice(0, 40);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}
