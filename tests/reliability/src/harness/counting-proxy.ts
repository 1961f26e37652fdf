import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Requests received so far, with whether each carried an Authorization header. */
  readonly hits: { path: string; hasAuthorization: boolean }[];
  close(): Promise<void>;
}

/**
 * A stand-in download host on 127.0.0.1: it counts every request and forwards it to `target` (the emulator),
 * so an allowed download still gets real bytes while a refused one shows up as zero hits.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const hits: { path: string; hasAuthorization: boolean }[] = [];
  const server: Server = createServer((req, res) => {
    hits.push({ path: req.url ?? '', hasAuthorization: req.headers.authorization !== undefined });
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
