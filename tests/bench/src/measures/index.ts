import type { Measure } from '../lib/measure.js';
import { adminBrowse } from './admin-browse.js';
import { adminLookup } from './admin-lookup.js';
import { adminSignIn } from './admin-sign-in.js';
import { auditOverhead } from './audit-overhead.js';
import { batchBounded } from './batch-bounded.js';
import { cachedFile } from './cached-file.js';
import { cliDownload } from './cli-download.js';
import { concurrentDownloads } from './concurrent-downloads.js';
import { coreRetrieve } from './core-retrieve.js';
import { dedupeConcurrent } from './dedupe-concurrent.js';
import { fairLookups } from './fair-lookups.js';
import { hiveGateway } from './hive-gateway.js';
import { largeDownload } from './large-download.js';
import { listOverhead } from './list-overhead.js';
import { scaleOut } from './scale-out.js';
import { tracingOverhead } from './tracing-overhead.js';
import { trustedDocuments } from './trusted-documents.js';
import { uncachedLatency } from './uncached-latency.js';
import { uncachedThroughput } from './uncached-throughput.js';
import { usageQuery } from './usage-query.js';

/** The table's rows, in the order. */
export const MEASURES: Measure[] = [
  cachedFile,
  uncachedLatency,
  uncachedThroughput,
  trustedDocuments,
  tracingOverhead,
  auditOverhead,
  hiveGateway,
  dedupeConcurrent,
  batchBounded,
  fairLookups,
  largeDownload,
  concurrentDownloads,
  adminLookup,
  coreRetrieve,
  listOverhead,
  adminBrowse,
  adminSignIn,
  cliDownload,
  scaleOut,
  usageQuery,
];
