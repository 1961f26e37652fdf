/** The ranges the overview offers (`/overview?range=day`), with the bucket width each is drawn at. */
export const OVERVIEW_RANGES = {
  hour: { label: 'Last hour', seconds: 3_600, interval: 60 },
  day: { label: 'Last day', seconds: 86_400, interval: 3_600 },
  week: { label: 'Last week', seconds: 604_800, interval: 3_600 },
} as const;

export type OverviewRange = keyof typeof OVERVIEW_RANGES;

/** The `range` search parameter, `hour` when absent or not one of ours. */
export function parseOverviewRange(value: string | string[] | undefined): OverviewRange {
  const first = Array.isArray(value) ? value[0] : value;
  return first !== undefined && Object.hasOwn(OVERVIEW_RANGES, first) ? (first as OverviewRange) : 'hour';
}

/** The usage query's variables for a range ending now. */
export function usageVariables(range: OverviewRange, now = Date.now()) {
  const { seconds, interval } = OVERVIEW_RANGES[range];
  return { from: new Date(now - seconds * 1000).toISOString(), to: new Date(now).toISOString(), interval };
}
