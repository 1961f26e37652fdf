import { SEEDED } from '@minimax-files/emulator';
import { referenceBytes, sha256 } from '../harness/download.js';
import { FILE_RESULT_SELECTION, type FileResultMember, fileResultProblems } from '../harness/file-result.js';
import { OPERATOR_TOKEN } from '../harness/gateway-process.js';
import { type GraphQLResponse, graphqlOverHttpProblems, postGraphQL } from '../harness/graphql.js';
import { isStaleKeepAlive, keepAliveAgent, send } from '../harness/http-client.js';
import { mapConcurrently } from '../harness/pool.js';
import { secretLeaks } from '../harness/secrets.js';
import { API_KEY, type Stack } from '../harness/stack.js';
import { faultedIds, type PlannedFault } from './fault-plan.js';

export interface LoadOptions {
  /** GraphQL requests in the measured phase. */
  requests: number;
  /** GraphQL requests before the "after warm-up" RSS reading. */
  warmupRequests: number;
  concurrency: number;
  /** Share of looked-up ids that carry an injected fault. */
  faultedShare: number;
  /** Downloads running alongside, `downloadConcurrency` at a time. */
  downloads: number;
  downloadConcurrency: number;
  seed: number;
  log?: (line: string) => void;
}

export interface LoadReport {
  requests: number;
  idsLookedUp: number;
  faultedIdsLookedUp: number;
  downloads: number;
  downloadsComplete: number;
  truncatedDownloadsFailedCleanly: number;
  /** Downloads of the truncated link that the gateway served whole from another source (a fallback). */
  truncatedDownloadsServedByFallback: number;
  /** Ids answered UpstreamTimeout instead of their expected member: the upstream was too slow under load. */
  timeoutsUnderLoad: number;
  /** Responses that were not valid GraphQL over HTTP, or a wrong or malformed union member (first few). */
  problems: string[];
  problemCount: number;
  transportErrors: number;
  /** Requests sent again once because the server had just closed the idle kept-alive socket they went out on. */
  staleKeepAliveRetries: number;
  members: Partial<Record<FileResultMember, number>>;
  gatewayRunning: boolean;
  /** High-water mark over the second half of the warm-up. */
  rssAfterWarmupBytes: number;
  /** High-water mark over the second half of the measured phase. */
  rssEndBytes: number;
  peakRssBytes: number;
  durationMs: number;
  upstreamRequests: number;
  /** The API key or an operator token found in the gateway's output. */
  secretsInLogs: string[];
}

interface PlannedLookup {
  id: string;
  member: FileResultMember;
}

const SEEDED_IDS = [
  SEEDED.speechWav,
  SEEDED.beyondSafe,
  SEEDED.maxId,
  SEEDED.nonAscii,
  SEEDED.small,
  SEEDED.empty,
];
const DOWNLOADABLE = [SEEDED.small, SEEDED.promptAudio, SEEDED.voiceClone, SEEDED.nonAscii];
/** Its storage link is cut off half-way: every download of it must fail as a transfer. */
const TRUNCATED_DOWNLOAD = SEEDED.speechWav;
const QUERY_ONE = `query One($id: FileID!) { file(id: $id) { ${FILE_RESULT_SELECTION} } }`;
const QUERY_MANY = `query Many($ids: [FileID!]!) { files(ids: $ids) { ${FILE_RESULT_SELECTION} } }`;

/** A small deterministic PRNG (mulberry32), so a failing mix can be replayed with its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * GraphQL load with a share of faulted ids and downloads alongside, against a running stack. Every answer is
 * checked: valid GraphQL over HTTP, and for each id exactly the union member its fault (or its absence) calls for.
 */
export async function runLoad(stack: Stack, options: LoadOptions): Promise<LoadReport> {
  const { emulator, gateway } = stack;
  const log = options.log ?? (() => {});
  const next = random(options.seed);
  const pool = faultedIds(64);
  const expectedBytes = new Map<string, string>();
  for (const id of [...DOWNLOADABLE, TRUNCATED_DOWNLOAD]) {
    expectedBytes.set(id, sha256(await referenceBytes(emulator, id)));
  }
  for (const { id, fault } of pool) emulator.setFault({ ...fault.rule, fileId: id, route: 'retrieve' });
  emulator.setFault({ fileId: TRUNCATED_DOWNLOAD, route: 'storage', truncateBody: true });

  let missing = 8_200_000_000_000_000n;
  const plan = (): PlannedLookup => {
    const roll = next();
    if (roll < options.faultedShare) {
      const { id, fault } = pool[Math.floor(next() * pool.length)] as { id: string; fault: PlannedFault };
      return { id, member: fault.member };
    }
    if (roll < options.faultedShare + (1 - options.faultedShare) / 2) {
      return { id: SEEDED_IDS[Math.floor(next() * SEEDED_IDS.length)] as string, member: 'File' };
    }
    missing += 1n;
    return { id: missing.toString(), member: 'FileNotFound' };
  };

  const report: LoadReport = {
    requests: 0,
    idsLookedUp: 0,
    faultedIdsLookedUp: 0,
    downloads: 0,
    downloadsComplete: 0,
    truncatedDownloadsFailedCleanly: 0,
    truncatedDownloadsServedByFallback: 0,
    timeoutsUnderLoad: 0,
    problems: [],
    problemCount: 0,
    transportErrors: 0,
    staleKeepAliveRetries: 0,
    members: {},
    gatewayRunning: true,
    rssAfterWarmupBytes: 0,
    rssEndBytes: 0,
    peakRssBytes: 0,
    durationMs: 0,
    upstreamRequests: 0,
    secretsInLogs: [],
  };
  const problem = (text: string) => {
    report.problemCount += 1;
    if (report.problems.length < 20) report.problems.push(text);
  };
  const faultedSet = new Set(pool.map((entry) => entry.id));

  const agent = keepAliveAgent(options.concurrency);
  const oneRequest = async (index: number) => {
    // Every tenth request looks several ids up at once.
    const lookups = index % 10 === 9 ? Array.from({ length: 5 }, plan) : [plan()];
    const body =
      lookups.length === 1
        ? { query: QUERY_ONE, variables: { id: lookups[0]?.id } }
        : { query: QUERY_MANY, variables: { ids: lookups.map((lookup) => lookup.id) } };
    let response: GraphQLResponse;
    try {
      const post = () => postGraphQL(gateway.url, body, { token: gateway.token, agent });
      response = await post().catch((error: unknown) => {
        if (!isStaleKeepAlive(error)) throw error;
        report.staleKeepAliveRetries += 1;
        return post();
      });
    } catch (error) {
      report.transportErrors += 1;
      problem(`transport: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    report.requests += 1;
    report.idsLookedUp += lookups.length;
    report.faultedIdsLookedUp += lookups.filter((lookup) => faultedSet.has(lookup.id)).length;
    const httpProblems = graphqlOverHttpProblems(response);
    if (httpProblems.length > 0 || response.status !== 200 || response.json?.errors) {
      problem(`#${index}: ${response.status} ${httpProblems.join('; ')} ${response.text.slice(0, 200)}`);
      return;
    }
    const data = response.json?.data as { file?: unknown; files?: unknown[] } | undefined;
    const results = lookups.length === 1 ? [data?.file] : (data?.files ?? []);
    if (results.length !== lookups.length)
      problem(`#${index}: ${results.length} results for ${lookups.length} ids`);
    lookups.forEach((lookup, at) => {
      const result = results[at] as { __typename?: FileResultMember } | undefined;
      const shapeProblems = fileResultProblems(result, lookup.id);
      const member = result?.__typename;
      if (member) report.members[member] = (report.members[member] ?? 0) + 1;
      if (shapeProblems.length > 0) problem(`#${index} ${lookup.id}: ${shapeProblems.join('; ')}`);
      // With everything on two cores the upstream itself can be slower than the per-attempt timeout: a
      // timeout is then the right answer, counted apart. Any other mismatch is a wrong mapping.
      else if (member === 'UpstreamTimeout' && lookup.member !== 'UpstreamTimeout')
        report.timeoutsUnderLoad += 1;
      else if (member !== lookup.member)
        problem(`#${index} ${lookup.id}: ${member}, expected ${lookup.member}`);
    });
  };

  const downloadsDone = (async () => {
    const downloadIds = Array.from({ length: options.downloads }, (_, index) =>
      index % 5 === 4 ? TRUNCATED_DOWNLOAD : (DOWNLOADABLE[index % DOWNLOADABLE.length] as string),
    );
    await mapConcurrently(downloadIds, options.downloadConcurrency, async (id) => {
      try {
        const response = await send(`${gateway.url}/files/${id}/content`, {
          headers: { authorization: `Bearer ${gateway.token}` },
          timeoutMs: 30_000,
        });
        report.downloads += 1;
        const exact =
          response.status === 200 && response.complete && sha256(response.body) === expectedBytes.get(id);
        if (id === TRUNCATED_DOWNLOAD) {
          if (!response.complete) report.truncatedDownloadsFailedCleanly += 1;
          else if (exact) report.truncatedDownloadsServedByFallback += 1;
          else
            problem(
              `download ${id}: a truncated upstream body arrived complete-looking (${response.status})`,
            );
        } else if (exact) {
          report.downloadsComplete += 1;
        } else {
          problem(
            `download ${id}: ${response.status}, complete=${response.complete}, ${response.body.length} bytes`,
          );
        }
      } catch (error) {
        report.transportErrors += 1;
        problem(`download ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  })();

  // Levels are high-water marks over a window (the second half of the warm-up; the second half of the measured
  // phase): a single reading depends on where the garbage collector happened to be, a leak raises the mark.
  let windowPeak = 0;
  const sampleRss = () => {
    try {
      const rss = gateway.rssBytes();
      report.peakRssBytes = Math.max(report.peakRssBytes, rss);
      windowPeak = Math.max(windowPeak, rss);
    } catch {
      report.gatewayRunning = false;
    }
  };
  const sampler = setInterval(sampleRss, 100);
  const started = performance.now();
  try {
    log(`warm-up: ${options.warmupRequests} requests`);
    let warmedUp = 0;
    await mapConcurrently(
      Array.from({ length: options.warmupRequests }, (_, index) => index),
      options.concurrency,
      async (index) => {
        await oneRequest(index);
        warmedUp += 1;
        if (warmedUp === Math.floor(options.warmupRequests / 2)) windowPeak = 0;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    sampleRss();
    report.rssAfterWarmupBytes = windowPeak;
    log(
      `after warm-up: RSS ${(report.rssAfterWarmupBytes / 2 ** 20).toFixed(1)} MiB; measured phase: ${options.requests} requests`,
    );
    let done = 0;
    await mapConcurrently(
      Array.from({ length: options.requests }, (_, index) => options.warmupRequests + index),
      options.concurrency,
      async (index) => {
        await oneRequest(index);
        done += 1;
        if (done === Math.floor(options.requests / 2)) windowPeak = 0;
        if (done % 1000 === 0) log(`  ${done} / ${options.requests}`);
      },
    );
    await downloadsDone;
  } finally {
    clearInterval(sampler);
    agent.destroy();
  }
  report.durationMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 300));
  sampleRss();
  report.gatewayRunning = report.gatewayRunning && gateway.isRunning();
  report.rssEndBytes = windowPeak;
  report.upstreamRequests = emulator.requests.length;
  report.secretsInLogs = secretLeaks(gateway.output(), {
    'API key': API_KEY,
    'operator token': OPERATOR_TOKEN,
  });
  emulator.clearFaults();
  return report;
}
