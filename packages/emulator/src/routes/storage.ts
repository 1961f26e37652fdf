import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { contentReply } from '../http/content-reply.js';
import type { Reply } from '../http/reply.js';
import type { Bucket } from '../signing.js';
import type { EmulatorState } from '../state.js';

const STORAGE_PATH = /^\/(storage|backup-storage)\/(\d+)\/([^/]+)$/;

/**
 * `GET /storage/<id>/<filename>?Expires=&Signature=`: the object-storage side of download_url. No Bearer key;
 * the signature is the credential, and refusals are 403 with an XML body, as OSS and S3 answer.
 */
export function storage(
  state: EmulatorState,
  req: IncomingMessage,
  pathname: string,
  query: URLSearchParams,
): Reply {
  const match = STORAGE_PATH.exec(pathname);
  if (!match) return storageError(404, 'NoSuchKey', 'The specified key does not exist.');
  const [, bucket, id = '', encodedName = ''] = match;
  let filename: string;
  try {
    filename = decodeURIComponent(encodedName);
  } catch {
    return storageError(400, 'InvalidURI', 'Could not parse the specified URI.');
  }
  const verdict = state.signer.verify(bucket as Bucket, id, filename, query);
  if (verdict === 'missing')
    return storageError(403, 'AccessDenied', 'AccessDenied: missing Expires or Signature.');
  if (verdict === 'bad-signature') {
    return storageError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match.');
  }
  if (verdict === 'expired') return storageError(403, 'AccessDenied', 'Request has expired.');
  const entry = state.catalogue.get(id);
  if (!entry || entry.filename !== filename) {
    return storageError(404, 'NoSuchKey', 'The specified key does not exist.');
  }
  return contentReply(entry, req.headers.range);
}

function storageError(status: number, code: string, message: string): Reply {
  const requestId = randomBytes(12).toString('hex').toUpperCase();
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Error>',
    `  <Code>${code}</Code>`,
    `  <Message>${message}</Message>`,
    `  <RequestId>${requestId}</RequestId>`,
    '  <HostId>emulator-storage</HostId>',
    '</Error>',
    '',
  ].join('\n');
  return {
    status,
    headers: { 'Content-Type': 'application/xml', 'x-oss-request-id': requestId },
    body: Buffer.from(xml),
  };
}
