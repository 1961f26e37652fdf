import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface CapturedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  at: number;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  request: CapturedRequest,
  index: number,
) => void;

export interface TestServer {
  /** http://HOST:PORT */
  url: string;
  readonly requests: CapturedRequest[];
  close(): Promise<void>;
}

const open = new Set<TestServer>();

/** A real HTTP server on port 0 that records every request it sees. */
export async function startServer(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const requests: CapturedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://test');
    const request: CapturedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      at: performance.now(),
    };
    requests.push(request);
    handler(req, res, request, requests.length - 1);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        open.delete(testServer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  open.add(testServer);
  return testServer;
}

export async function closeAllServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

/** Writes a body exactly as given (so numbers beyond 2^53 reach the client digit for digit). */
export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string | number> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length, ...headers });
  res.end(bytes);
}

export interface WireFile {
  file_id?: string; // raw JSON text: '42' (number) or '"42"' (string)
  bytes?: string;
  created_at?: string;
  filename?: string;
  purpose?: string;
  download_url?: string;
  backup_download_url?: string;
}

/** A retrieve answer as raw JSON text; every field is the literal JSON written on the wire. */
export function retrieveBody(file: WireFile | null, statusCode = 0, statusMsg = 'success'): string {
  const fields = {
    file_id: '42',
    bytes: '5896337',
    created_at: '1700469398',
    filename: JSON.stringify('output_aigc.mp4'),
    purpose: JSON.stringify('video_generation'),
    ...file,
  };
  const members = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `"${key}":${value}`)
    .join(',');
  const fileJson = file === null ? '' : `"file":{${members}},`;
  return `{${fileJson}"base_resp":{"status_code":${statusCode},"status_msg":${JSON.stringify(statusMsg)}}}`;
}

export function errorBody(statusCode: number, statusMsg: string): string {
  return `{"base_resp":{"status_code":${statusCode},"status_msg":${JSON.stringify(statusMsg)}}}`;
}

/** Reads a web stream to the end. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
