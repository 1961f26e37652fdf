import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaInitialContext } from 'graphql-yoga';
import type { FileLoader } from './loaders/file-loader.js';
import type { ListSource } from './loaders/list-source.js';

/** What the node server hands Yoga with each request (the download route writes to `res` itself). */
export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** Where a look-up came from: a root field, or a supergraph's entity references. */
export type LookupOperation = 'file' | 'files' | 'filesByPurpose' | '_entities';

/** What the gateway adds per request: the loader's batching and de-duplication are per request. */
export interface GatewayUserContext {
  fileLoader: FileLoader;
  /** Process-wide: lists are shared and cached across requests, like look-ups below the loader. */
  fileLists: ListSource;
  /** Counts each look-up's outcome (the union member) for /metrics. */
  recordOutcome(operation: LookupOperation, outcome: string): void;
}

/** The GraphQL context resolvers see. */
export type GatewayContext = YogaInitialContext & ServerContext & GatewayUserContext;
