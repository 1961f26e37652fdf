export const RECENT_LOOKUPS_KEY = 'mmf.recentLookups';
export const RECENT_LOOKUPS_LIMIT = 10;

/** Puts an id first, drops its older entry, keeps the list short. */
export function rememberId(list: readonly string[], id: string, limit = RECENT_LOOKUPS_LIMIT): string[] {
  return [id, ...list.filter((other) => other !== id)].slice(0, limit);
}

/** Reads the stored list defensively: anything that is not a list of digit strings is ignored. */
export function parseRecent(stored: string | null): string[] {
  if (stored === null) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is string => typeof item === 'string' && /^[0-9]{1,19}$/.test(item));
  } catch {
    return [];
  }
}
