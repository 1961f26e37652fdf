/** What a route answers, before transport faults (truncation, slow drip) decide how it is sent. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | StreamBody;
}

/** A body produced chunk by chunk, so large files are never held in memory. */
export interface StreamBody {
  length: number;
  chunks: Iterable<Buffer>;
}

export function jsonReply(json: string, status = 200): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: Buffer.from(json, 'utf8'),
  };
}

export function textReply(status: number, text: string, contentType = 'text/plain; charset=utf-8'): Reply {
  return { status, headers: { 'Content-Type': contentType }, body: Buffer.from(text, 'utf8') };
}

export function bodyLength(body: Reply['body']): number {
  return Buffer.isBuffer(body) ? body.length : body.length;
}
