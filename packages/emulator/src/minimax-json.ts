/**
 * MiniMax response bodies written as JSON text by hand: `file_id` must go out as a bare JSON number with every
 * digit (2^63-1 included), which JSON.stringify of a JS number cannot do.
 */
import type { CatalogueEntry } from './catalogue/seeded.js';
import { jsonReply, type Reply } from './http/reply.js';

export interface FileLinks {
  downloadUrl?: string;
  backupDownloadUrl?: string;
}

export function fileObjectJson(entry: CatalogueEntry, links: FileLinks): string {
  const fields = [
    `"file_id":${decimal(entry.id)}`,
    `"bytes":${entry.reportedBytes}`,
    `"created_at":${entry.createdAt}`,
    `"filename":${JSON.stringify(entry.filename)}`,
    `"purpose":${JSON.stringify(entry.purpose)}`,
  ];
  if (links.downloadUrl) fields.push(`"download_url":${JSON.stringify(links.downloadUrl)}`);
  if (links.backupDownloadUrl)
    fields.push(`"backup_download_url":${JSON.stringify(links.backupDownloadUrl)}`);
  return `{${fields.join(',')}}`;
}

export function baseRespJson(statusCode: number, statusMsg: string): string {
  return `{"status_code":${Math.trunc(statusCode)},"status_msg":${JSON.stringify(statusMsg)}}`;
}

export const SUCCESS = baseRespJson(0, 'success');

/** An error the MiniMax way: HTTP 200, no data field, a non-zero base_resp. */
export function baseRespReply(statusCode: number, statusMsg: string): Reply {
  return jsonReply(`{"base_resp":${baseRespJson(statusCode, statusMsg)}}`);
}

function decimal(id: string): string {
  if (!/^\d+$/.test(id)) throw new Error(`not a decimal id: ${id}`);
  return id;
}

/** The status messages the emulator answers with (modelled on MiniMax's own wording). */
export const MESSAGES = {
  missingKey:
    "login fail: Please carry the API secret key in the 'Authorization' field of the request header",
  wrongKey: 'invalid api key',
  missingFileId: 'invalid params, file_id is required',
  malformedFileId: 'invalid params, file_id must be an integer between 1 and 9223372036854775807',
  fileNotFound: 'invalid params, file not found',
  missingPurpose: 'invalid params, purpose is required',
  unknownPurpose: 'invalid params, unknown purpose',
  rpmLimit: 'rate limit exceeded(RPM)',
} as const;

export const CODES = {
  ok: 0,
  unknown: 1000,
  rpmLimit: 1002,
  auth: 1004,
  internal: 1013,
  invalidParams: 2013,
  /** Unknown ids: the invalid-params code with a message that says the file does not exist. */
  fileNotFound: 2013,
} as const;
