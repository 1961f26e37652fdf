import { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '../src/lib/body-limit.js';

export type BodyVerdict =
  | { ok: true; request: IncomingMessage }
  | { ok: false; status: 400 | 413; message: string };

/**
 * Decides on a request's body before the app sees it. A declared `Content-Length` over the limit is refused without
 * reading a byte; a chunked body is read only up to the limit (into at most `limit` bytes of memory) and then handed
 * on as a fixed-length body, or refused the moment it passes the limit.
 */
export async function checkBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyVerdict> {
  const declared = request.headers['content-length'];
  const chunked = request.headers['transfer-encoding'] !== undefined;
  if (!chunked) {
    if (declared === undefined) return { ok: true, request };
    if (!/^\d+$/.test(declared)) return { ok: false, status: 400, message: 'Bad Content-Length.' };
    if (Number(declared) > limit) return tooLarge();
    return { ok: true, request };
  }
  const body = await readUpTo(request, limit);
  if (body === null) return tooLarge();
  return { ok: true, request: replayed(request, body) };
}

function tooLarge(): BodyVerdict {
  return { ok: false, status: 413, message: 'The request body is too large.' };
}

/** The body, or null as soon as it passes `limit` (the rest is never read: the caller closes the connection). */
function readUpTo(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, size)));
    request.once('error', reject);
  });
}

/** A request with the same head whose body is `body`, announced by length (the original stream is spent). */
function replayed(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket);
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  const headers = { ...original.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? '']).flatMap((one) => [name, one]),
  );
  copy.complete = true;
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}
