/**
 * The figures a run reports: every spec adds what it measured to its test's metadata, and the summary
 * reporter (vitest) or the soak script adds them up and prints them.
 */
export interface Figures {
  /** Generated ids and literals tried against core and the gateway. */
  inputsTried?: number;
  /** Upstream requests made for ids that were rejected (must stay 0). */
  upstreamRequestsForRejectedIds?: number;
  /** Abusive requests (deep, wide, long, malformed) sent to the gateway. */
  abusiveRequests?: number;
  /** Injected upstream faults after which the gateway answered correctly and stayed up. */
  faultsSurvived?: number;
  /** GraphQL requests and downloads answered while faults were injected. */
  requestsServedUnderFaults?: number;
  /** The gateway's largest resident set size seen, in bytes. */
  peakRssBytes?: number;
  /** Leaks found: secrets in responses or logs, requests to refused hosts, sockets left pinned. */
  leaksFound?: number;
}

export type FigureName = keyof Figures;

/** Where the figures live in a vitest task's metadata (serialized to the reporter with the result). */
interface WithFigures {
  figures?: Figures;
}

export function figuresOf(meta: object): Figures | undefined {
  return (meta as WithFigures).figures;
}

/** Figures that are maxima rather than counts. */
const MAXIMA: ReadonlySet<FigureName> = new Set(['peakRssBytes']);

export function addFigures(into: Figures, from: Figures): Figures {
  for (const [name, value] of Object.entries(from) as [FigureName, number | undefined][]) {
    if (value === undefined) continue;
    const current = into[name] ?? 0;
    into[name] = MAXIMA.has(name) ? Math.max(current, value) : current + value;
  }
  return into;
}

/** Records figures on a vitest test (`({ task }) => record(task, {...})`); repeated calls add up. */
export function record(task: { meta: object }, figures: Figures): void {
  const meta = task.meta as WithFigures;
  meta.figures = addFigures(meta.figures ?? {}, figures);
}

const LABELS: Record<FigureName, string> = {
  inputsTried: 'inputs tried (generated ids and literals)',
  upstreamRequestsForRejectedIds: 'upstream requests for rejected ids',
  abusiveRequests: 'abusive requests rejected',
  faultsSurvived: 'upstream faults survived',
  requestsServedUnderFaults: 'requests served under faults',
  peakRssBytes: 'gateway peak RSS',
  leaksFound: 'leaks found',
};

/** One line per figure; `measuredOnly` leaves out what this run did not measure. */
export function formatFigures(figures: Figures, { measuredOnly = false } = {}): string {
  const names = (Object.keys(LABELS) as FigureName[]).filter(
    (name) => !measuredOnly || figures[name] !== undefined,
  );
  const lines = names.map((name) => {
    const value = figures[name];
    const text =
      value === undefined
        ? 'not measured'
        : name === 'peakRssBytes'
          ? formatMiB(value)
          : value.toLocaleString('en-US');
    return `  ${LABELS[name].padEnd(44, '.')} ${text}`;
  });
  return lines.join('\n');
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
