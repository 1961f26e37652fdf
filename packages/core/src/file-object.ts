import { isLosslessNumber } from 'lossless-json';
import { parseFileId } from './facts/file-id.js';
import { describe, isRecord, MalformedBody, safeInteger } from './json-envelope.js';
import { parseSignedUrlExpiry } from './signed-url.js';
import type { MiniMaxFile } from './types.js';

const MAX_DATE_SECONDS = 8.64e12;

/**
 * Validates one MiniMax file object (retrieve's `file`, each of list's `files`) field by field: a missing or
 * wrongly typed field is a MalformedBody naming it (`where`: `file`, `files[3]`), never a file with undefined
 * inside.
 */
export function readFileObject(raw: unknown, where = 'file'): MiniMaxFile {
  if (!isRecord(raw)) throw new MalformedBody(`"${where}" is not an object`);
  const field = (name: string, expected: string, got: unknown) =>
    new MalformedBody(`${where}.${name} must be ${expected}, got ${describe(got)}`);
  const id = readFileIdField(raw.file_id);
  if (id === undefined) throw field('file_id', 'an integer from 1 to 2^63-1', raw.file_id);
  const bytes = safeInteger(raw.bytes);
  if (bytes === undefined || bytes < 0) throw field('bytes', 'a non-negative integer below 2^53', raw.bytes);
  const createdAtSeconds = safeInteger(raw.created_at);
  // A Date holds ±8.64e15 ms: anything later is no time at all (an Invalid Date that breaks every serializer).
  if (createdAtSeconds === undefined || createdAtSeconds < 0 || createdAtSeconds > MAX_DATE_SECONDS)
    throw field('created_at', 'Unix seconds within the range of a date', raw.created_at);
  for (const name of ['filename', 'purpose'])
    if (typeof raw[name] !== 'string') throw field(name, 'a string', raw[name]);
  const links: Record<string, string | undefined> = {};
  for (const name of ['download_url', 'backup_download_url']) {
    // Absent, null and "" all mean "no link" (MiniMax sends "" for files it cannot serve).
    const value = raw[name];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') throw field(name, 'a string', value);
    links[name] = value;
  }
  const file: MiniMaxFile = {
    id,
    bytes,
    filename: raw.filename as string,
    purpose: raw.purpose as string,
    createdAt: new Date(createdAtSeconds * 1000),
  };
  const downloadUrl = links.download_url;
  if (downloadUrl !== undefined) {
    file.downloadUrl = downloadUrl;
    const expiresAt = parseSignedUrlExpiry(downloadUrl);
    if (expiresAt !== undefined) file.downloadUrlExpiresAt = expiresAt;
  }
  if (links.backup_download_url !== undefined) file.backupDownloadUrl = links.backup_download_url;
  return file;
}

/**
 * A list's `files`: every element read, or a MalformedBody naming the first bad one (never half a list).
 * `null` is an empty list (a Go backend's nil slice); absent or any other type is malformed.
 */
export function readFileObjects(raw: unknown): MiniMaxFile[] {
  if (raw === null) return [];
  if (!Array.isArray(raw)) throw new MalformedBody(`"files" must be an array, got ${describe(raw)}`);
  return raw.map((element, index) => readFileObject(element, `files[${index}]`));
}

/** file_id comes as a JSON number (often beyond 2^53) or as a string; both end as the exact decimal. */
function readFileIdField(value: unknown): string | undefined {
  const text = isLosslessNumber(value) ? value.value : value;
  if (typeof text !== 'string') return undefined;
  try {
    return parseFileId(text);
  } catch {
    return undefined;
  }
}
