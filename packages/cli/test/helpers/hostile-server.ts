import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const HOSTILE_KEY = 'sk-hostile-test-key';

/** What the server says about one file id. */
export interface HostileFile {
  /** The raw JSON text of file_id (a bare number beyond 2^53, say); default the id itself, as a number. */
  rawId?: string;
  filename: string;
  /** What retrieve reports as bytes. */
  bytes: number;
  /** The bytes the content route serves. */
  content: Buffer;
  /** Send only this many bytes of the body (after announcing all of them) and cut the connection. */
  cutAfter?: number;
  /** A retrieve answer instead of the file: `{ status: 200, body: '{"base_resp":...}' }`. */
  retrieveAnswer?: { status: number; body: string; headers?: Record<string, string> };
  /** Ignore Range headers (answer 200 with everything). */
  ignoreRange?: boolean;
  /** Answer a range request from this many bytes later than asked (a broken or malicious range server). */
  rangeSkew?: number;
  /** Pause between 16 KiB chunks of the body, in ms. */
  dripMs?: number;
}

export interface SeenRequest {
  path: string;
  fileId: string | null;
  range: string | undefined;
  authorization: string | undefined;
}

export interface HostileServer {
  url: string;
  files: Map<string, HostileFile>;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A small MiniMax look-alike on 127.0.0.1 that answers whatever a test puts in `files`: hostile names, short
 * bodies, sizes that change between runs, error codes. Retrieve gives a download_url on this same server (the
 * base URL's host, so core's allowlist accepts it), which serves the content with Range support.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const files = new Map<string, HostileFile>();
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://hostile');
    const fileId = url.searchParams.get('file_id') ?? url.pathname.split('/')[2] ?? null;
    requests.push({
      path: url.pathname,
      fileId,
      range: req.headers.range,
      authorization: req.headers.authorization,
    });
    const file = fileId === null ? undefined : files.get(fileId);
    if (url.pathname === '/v1/files/retrieve') retrieve(req, res, fileId, file, origin);
    else if (url.pathname.startsWith('/content/') && file) content(req, res, file);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    files,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function retrieve(
  req: IncomingMessage,
  res: ServerResponse,
  fileId: string | null,
  file: HostileFile | undefined,
  origin: string,
): void {
  if (req.headers.authorization !== `Bearer ${HOSTILE_KEY}`) {
    sendJson(res, 200, '{"base_resp":{"status_code":1004,"status_msg":"invalid api key"}}');
    return;
  }
  if (file?.retrieveAnswer) {
    sendJson(res, file.retrieveAnswer.status, file.retrieveAnswer.body, file.retrieveAnswer.headers);
    return;
  }
  if (!file || fileId === null) {
    sendJson(res, 200, '{"base_resp":{"status_code":2013,"status_msg":"invalid params, file not found"}}');
    return;
  }
  const wire = `{"file":{"file_id":${file.rawId ?? fileId},"bytes":${file.bytes},"created_at":1700469398,"filename":${JSON.stringify(file.filename)},"purpose":"t2a_async","download_url":"${origin}/content/${fileId}/f"},"base_resp":{"status_code":0,"status_msg":"success"}}`;
  sendJson(res, 200, wire);
}

function content(req: IncomingMessage, res: ServerResponse, file: HostileFile): void {
  const total = file.content.byteLength;
  const match = file.ignoreRange ? null : /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  const start = match ? Number(match[1]) + (file.rangeSkew ?? 0) : 0;
  const headers: Record<string, string | number> = {
    'content-type': 'application/octet-stream',
    'content-length': total - start,
  };
  if (match) headers['content-range'] = `bytes ${start}-${total - 1}/${total}`;
  res.writeHead(match ? 206 : 200, headers);
  const body = file.content.subarray(start);
  const sent = file.cutAfter === undefined ? body : body.subarray(0, Math.max(0, file.cutAfter - start));
  if (file.dripMs === undefined) {
    if (file.cutAfter === undefined) return void res.end(sent);
    // The cut comes a moment after the bytes, as from a real upstream that dies mid-body.
    res.write(sent, () => setTimeout(() => res.destroy(), 100));
    return;
  }
  drip(res, sent, file.dripMs, file.cutAfter !== undefined);
}

function drip(res: ServerResponse, bytes: Buffer, pauseMs: number, cut: boolean): void {
  let offset = 0;
  const next = () => {
    if (res.destroyed) return;
    if (offset >= bytes.byteLength) return void (cut ? res.destroy() : res.end());
    res.write(bytes.subarray(offset, offset + 16 * 1024));
    offset += 16 * 1024;
    setTimeout(next, pauseMs);
  };
  next();
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}
