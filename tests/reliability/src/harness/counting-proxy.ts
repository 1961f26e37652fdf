import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface CountingProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Requests received so far, with whether each carried an Authorization header. */
  readonly hits: { path: string; hasAuthorization: boolean }[];
  close(): Promise<void>;
}

export interface CountingProxyOptions {
  /**
   * Cut matching responses with a TCP reset after this many body bytes (headers already sent), as a peer
   * that crashes mid-transfer would. Undefined: forward the whole response.
   */
  resetAfterBytes?: (path: string) => number | undefined;
}

/**
 * A stand-in host on 127.0.0.1: it counts every request and forwards it to `target` (the emulator), so an
 * allowed download still gets real bytes while a refused one shows up as zero hits.
 */
export async function startCountingProxy(
  target: string,
  options: CountingProxyOptions = {},
): Promise<CountingProxy> {
  const hits: { path: string; hasAuthorization: boolean }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, hasAuthorization: req.headers.authorization !== undefined });
    const resetAfter = options.resetAfterBytes?.(path);
    const upstream = request(
      new URL(path, target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (resetAfter === undefined) {
          answer.pipe(res);
          return;
        }
        // Held now: the response may be detached from its socket by the time the reset is due.
        const socket: Socket = req.socket;
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          if (sent >= resetAfter) return;
          const piece = chunk.subarray(0, resetAfter - sent);
          sent += piece.length;
          res.write(piece);
          // Let the bytes leave, then reset (RST, not FIN) the client connection.
          if (sent >= resetAfter) setTimeout(() => socket.resetAndDestroy(), 20);
        });
        answer.on('end', () => {
          if (sent < resetAfter) res.end();
        });
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
