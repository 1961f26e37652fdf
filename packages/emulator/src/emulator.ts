import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalogue } from './catalogue/seeded.js';
import { FaultStore } from './faults.js';
import { setGeneratedFiles } from './generated-accounts.js';
import { createRequestHandler } from './handle-request.js';
import { RpmLimiter } from './rate-limit.js';
import { RequestLog } from './request-log.js';
import { createLinkSigner } from './signing.js';
import type { EmulatorState } from './state.js';
import type { Emulator, EmulatorOptions } from './types.js';

export const DEFAULT_API_KEY = 'emulator-key';
export const DEFAULT_LINK_TTL_SECONDS = 3600;

/** Starts a MiniMax-compatible Files API on node:http; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const apiKey = options.apiKey ?? DEFAULT_API_KEY;
  const closing = new AbortController();
  // Every in-flight request listens for the close; hundreds may hang at once in fault tests.
  setMaxListeners(0, closing.signal);
  let origin = '';
  const state: EmulatorState = {
    catalogue: createCatalogue({ largeFileBytes: options.largeFileBytes }),
    generated: new Map(),
    signer: createLinkSigner({
      secret: options.signingSecret,
      ttlSeconds: options.linkTtlSeconds ?? DEFAULT_LINK_TTL_SECONDS,
    }),
    faults: new FaultStore(options.faults),
    log: new RequestLog(options.requestLogLimit),
    limiter: new RpmLimiter(options.rpmLimit),
    apiKey,
    downloadOrigin: (hostHeader) =>
      options.downloadOrigin?.replace(/\/+$/, '') ??
      (isPlainHost(hostHeader) ? `http://${hostHeader}` : origin),
    closing: closing.signal,
    quiet: options.quiet ?? true,
  };

  for (const [purpose, count] of Object.entries(options.generatedFiles ?? {}))
    setGeneratedFiles(state, purpose, count);

  const server = createServer(createRequestHandler(state));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${displayHost(host)}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    apiKey,
    get requests() {
      return state.log.snapshot();
    },
    clearRequests: () => state.log.clear(),
    setFault: (rule) => state.faults.add(rule),
    clearFaults: () => state.faults.clear(),
    setGeneratedFiles: (purpose, count) => setGeneratedFiles(state, purpose, count),
    setRpmLimit: (limit) => {
      state.limiter.limit = limit;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        // Hanging requests and idle keep-alive sockets would otherwise keep close() (and tests) waiting.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** A wildcard bind address is not somewhere a client can connect to; name loopback in URLs instead. */
function displayHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** A Host header that can go into a URL as is: a name or address with an optional port, nothing else. */
function isPlainHost(hostHeader: string | undefined): hostHeader is string {
  return hostHeader !== undefined && /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(hostHeader);
}
