import type { CatalogueEntry, Purpose } from './catalogue/seeded.js';
import type { FaultStore } from './faults.js';
import type { RpmLimiter } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import type { LinkSigner } from './signing.js';

/** Everything a running emulator owns, handed to each request handler. */
export interface EmulatorState {
  /** Seeded files, then generated ones (see generated-accounts.ts). */
  catalogue: Map<string, CatalogueEntry>;
  /** Ids of the generated files, per purpose. */
  generated: Map<Purpose, string[]>;
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
