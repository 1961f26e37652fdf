import type { CatalogueEntry } from './catalogue/seeded.js';
import type { FaultStore } from './faults.js';
import type { RpmLimiter } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import type { LinkSigner } from './signing.js';

/** Everything a running emulator owns, handed to each request handler. */
export interface EmulatorState {
  catalogue: ReadonlyMap<string, CatalogueEntry>;
  signer: LinkSigner;
  faults: FaultStore;
  log: RequestLog;
  limiter: RpmLimiter;
  apiKey: string;
  /** Origin for download_url: the configured one, else the host the client reached us by (see links.ts). */
  downloadOrigin(hostHeader: string | undefined): string;
  /** Aborted when the emulator closes: ends latency waits and drips at once. */
  closing: AbortSignal;
  quiet: boolean;
}
