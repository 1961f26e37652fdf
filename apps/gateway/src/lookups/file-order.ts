import type { MiniMaxFile } from '@minimax-files/core';

export type SortField = 'CREATED_AT' | 'FILENAME' | 'BYTES' | 'ID';
export type SortDirection = 'ASC' | 'DESC';

type Compare = (a: MiniMaxFile, b: MiniMaxFile) => number;

// Ids are canonical decimal strings (no leading zeros): a longer one is larger, equal lengths compare as text.
// Exact past 2^53, and no BigInt per comparison.
const byId: Compare = (a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const FIELDS: Record<SortField, Compare> = {
  CREATED_AT: (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  FILENAME: (a, b) => collator.compare(a.filename, b.filename),
  BYTES: (a, b) => a.bytes - b.bytes,
  ID: byId,
};

/**
 * A total order: the field in the direction asked, then the id, largest first. Every file has a distinct id,
 * so no two files ever tie and a page boundary never moves between requests.
 */
export function compareBy(field: SortField, direction: SortDirection): Compare {
  const compareField = FIELDS[field];
  const sign = direction === 'ASC' ? 1 : -1;
  return (a, b) => sign * compareField(a, b) || byId(b, a);
}

/** The default order of every list: newest first. */
export const newestFirst = compareBy('CREATED_AT', 'DESC');
