import type { FileListSortField, FilePurpose, SortDirection } from '../gql/graphql';

/** The purposes MiniMax lists, as they appear in the address (`/browse?purpose=voice_clone`). */
export const PURPOSES = [
  'voice_clone',
  'prompt_audio',
  't2a_async_input',
] as const satisfies readonly Lowercase<FilePurpose>[];
export type Purpose = (typeof PURPOSES)[number];

/** The sortable columns, by their name in the address. */
export const SORT_FIELDS = {
  created: 'CREATED_AT',
  filename: 'FILENAME',
  size: 'BYTES',
  id: 'ID',
} as const satisfies Record<string, FileListSortField>;
export type SortKey = keyof typeof SORT_FIELDS;
export type SortDir = 'asc' | 'desc';

/** Rows per page: enough to scan, few enough that a 10,000-file account renders at once. */
export const PAGE_SIZE = 50;

/** Everything the browse page shows is decided by its address, so any view is a deep link. */
export interface BrowseState {
  purpose: Purpose | null;
  filter: string;
  sort: SortKey;
  dir: SortDir;
  /** 1-based */
  page: number;
}

export const DEFAULT_STATE: BrowseState = {
  purpose: null,
  filter: '',
  sort: 'created',
  dir: 'desc',
  page: 1,
};

/** The direction a column sorts in when first chosen: names and ids A→Z, dates and sizes largest first. */
export function firstDirection(sort: SortKey): SortDir {
  return sort === 'filename' || sort === 'id' ? 'asc' : 'desc';
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function param(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}

/** Reads the address; anything unknown falls back to the default rather than failing the page. */
export function parseBrowseState(params: Params): BrowseState {
  const purpose = param(params, 'purpose');
  const sort = param(params, 'sort');
  const dir = param(params, 'dir');
  const page = Number(param(params, 'page'));
  const sortKey = sort && Object.hasOwn(SORT_FIELDS, sort) ? (sort as SortKey) : DEFAULT_STATE.sort;
  return {
    purpose: PURPOSES.find((known) => known === purpose) ?? null,
    filter: (param(params, 'filter') ?? '').slice(0, 200),
    sort: sortKey,
    dir: dir === 'asc' || dir === 'desc' ? dir : sort ? firstDirection(sortKey) : DEFAULT_STATE.dir,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address of a view; defaults are left out so links stay short. */
export function browseHref(state: BrowseState, path = '/browse'): string {
  const search = new URLSearchParams();
  if (state.purpose) search.set('purpose', state.purpose);
  if (state.filter) search.set('filter', state.filter);
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    search.set('sort', state.sort);
    search.set('dir', state.dir);
  }
  if (state.page > 1) search.set('page', String(state.page));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The gateway's arguments for a view's rows. */
export function gatewayOrder(state: BrowseState): { field: FileListSortField; direction: SortDirection } {
  return { field: SORT_FIELDS[state.sort], direction: state.dir === 'asc' ? 'ASC' : 'DESC' };
}

export function gatewayPurpose(purpose: Purpose): FilePurpose {
  return purpose.toUpperCase() as FilePurpose;
}
