import type { ListablePurpose, MiniMaxFile } from '@minimax-files/core';
import { compareBy, type SortDirection, type SortField } from './file-order.js';

/** What FileList's fields read: one purpose's files, filtered and in the order asked. */
export interface FileListView {
  purpose: ListablePurpose;
  files: readonly MiniMaxFile[];
}

export interface ListShape {
  filter?: string | null;
  orderBy: { field: SortField; direction: SortDirection };
}

// Sorted copies of a cached list, per order: re-sorting 10,000 files on every page or keystroke would cost more
// than the rest of the request. Keyed by the list itself, so they go when the cached list does.
const sortedViews = new WeakMap<readonly MiniMaxFile[], Map<string, readonly MiniMaxFile[]>>();

function sorted(newestFirst: readonly MiniMaxFile[], { field, direction }: ListShape['orderBy']) {
  if (field === 'CREATED_AT' && direction === 'DESC') return newestFirst;
  const key = `${field} ${direction}`;
  let views = sortedViews.get(newestFirst);
  if (!views) {
    views = new Map();
    sortedViews.set(newestFirst, views);
  }
  let view = views.get(key);
  if (!view) {
    view = [...newestFirst].sort(compareBy(field, direction));
    views.set(key, view);
  }
  return view;
}

/**
 * The list as asked: sorted, then narrowed to the files whose filename contains the filter (ignoring case) or
 * whose id contains it. A blank filter keeps everything.
 */
export function fileListView(
  purpose: ListablePurpose,
  newestFirst: readonly MiniMaxFile[],
  { filter, orderBy }: ListShape,
): FileListView {
  const files = sorted(newestFirst, orderBy);
  const needle = filter?.trim().toLowerCase();
  if (!needle) return { purpose, files };
  return {
    purpose,
    files: files.filter((file) => file.id.includes(needle) || file.filename.toLowerCase().includes(needle)),
  };
}

/** Sum of the known sizes (MiniMax reports 0 for a size it does not know). */
export function totalBytes(files: readonly MiniMaxFile[]): bigint {
  let total = 0;
  for (const file of files) total += file.bytes;
  // Each size is a safe integer; their sum stays exact while it is one too, which 2^53 bytes (8 PiB) allows.
  return Number.isSafeInteger(total)
    ? BigInt(total)
    : files.reduce((sum, file) => sum + BigInt(file.bytes), 0n);
}
