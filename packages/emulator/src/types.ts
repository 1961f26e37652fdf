import type { Purpose } from './catalogue/seeded.js';

/** Routes the emulator recognises; the request log and fault rules speak in these names. */
export type Route =
  | 'retrieve'
  | 'retrieve_content'
  | 'list'
  | 'storage'
  | 'backup_storage'
  | 'control'
  | 'health'
  | 'other';

/** Routes a fault rule can target (control and health endpoints are never faulted). */
export type FaultableRoute = 'retrieve' | 'retrieve_content' | 'list' | 'storage' | 'backup_storage';

export interface FaultRule {
  /** Only requests for this file id (decimal string); omit for every file. */
  fileId?: string;
  /** Only this route; omit for every faultable route. */
  route?: FaultableRoute;
  /** Apply to the next N matching requests only, then the rule is dropped. */
  times?: number;
  /** Answer HTTP 200 with this `base_resp.status_code`. */
  statusCode?: number;
  statusMsg?: string;
  /** Answer with this HTTP status (body: `httpBody`, or a default described in the README). */
  httpStatus?: number;
  httpBody?: string;
  /** Adds a `Retry-After` header to whatever is answered. */
  retryAfterSeconds?: number;
  /** Wait this long before doing anything else. */
  latencyMs?: number;
  /** Never answer (the socket stays open until the client or `close()` ends it). */
  hang?: boolean;
  /** Answer 200 with a body that is not valid JSON. */
  malformedJson?: boolean;
  /** Announce the full Content-Length, send half of the body, then destroy the socket. */
  truncateBody?: boolean;
  /** Destroy the socket with a TCP reset before answering. */
  resetConnection?: boolean;
  /** Send the (otherwise normal) body at this rate. */
  slowDripBytesPerSecond?: number;
}

export interface RequestLogEntry {
  at: number;
  method: string;
  path: string;
  route: Route;
  fileId?: string;
  hasAuthorization: boolean;
  /** HTTP status sent; 0 when nothing was answered (hang, reset, client gone). */
  status: number;
}

export interface EmulatorOptions {
  /** 0 = any free port (tests). The CLI uses PORT, default 4010. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The Bearer key the API routes accept. Default 'emulator-key'. */
  apiKey?: string;
  /** Size of the SEEDED.large file, default 1 GiB. */
  largeFileBytes?: number;
  /** Origin written into download_url (default: the emulator's own URL). */
  downloadOrigin?: string;
  /** Signed link lifetime in seconds, default 3600. Negative values mint already-expired links (tests). */
  linkTtlSeconds?: number;
  /** Answer 1002 past N API requests in the trailing minute (default off). */
  rpmLimit?: number;
  faults?: FaultRule[];
  /** Keep only the newest N request-log entries (default 10000). */
  requestLogLimit?: number;
  /**
   * Generated files besides the seeded catalogue, per purpose (`{ voice_clone: 10_000 }`): deterministic ids
   * (every third above 2^53), names, dates and playable contents.
   */
  generatedFiles?: Partial<Record<Purpose, number>>;
  /** HMAC key for download links; default random per start. */
  signingSecret?: string;
  quiet?: boolean;
}

export interface Emulator {
  /** http://HOST:PORT */
  url: string;
  apiKey: string;
  /** A copy of the request log. */
  readonly requests: RequestLogEntry[];
  clearRequests(): void;
  setFault(rule: FaultRule): void;
  clearFaults(): void;
  /**
   * Makes the account hold `count` generated files of `purpose` (replacing those generated for it before; 0
   * removes them). RangeError for an unknown purpose or a count above 1,000,000.
   */
  setGeneratedFiles(purpose: Purpose, count: number): void;
  /** Change the RPM limit at run time (`undefined` turns it off). */
  setRpmLimit(limit: number | undefined): void;
  close(): Promise<void>;
}
