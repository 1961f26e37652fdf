import type { Route } from '../types.js';

export interface Classified {
  route: Route;
  /** The file id the request is about, as sent (storage: from the path). */
  fileId?: string;
}

const STORAGE_PATH = /^\/(storage|backup-storage)\/(\d+)\//;

/** Names the route a request is for, before anything else happens, so logging and faults can key on it. */
export function classify(pathname: string, query: URLSearchParams): Classified {
  const fileIdParam = query.get('file_id') ?? undefined;
  switch (pathname) {
    case '/v1/files/retrieve':
      return { route: 'retrieve', fileId: normalise(fileIdParam) };
    case '/v1/files/retrieve_content':
      return { route: 'retrieve_content', fileId: normalise(fileIdParam) };
    case '/v1/files/list':
      return { route: 'list' };
    case '/healthz':
      return { route: 'health' };
  }
  if (pathname.startsWith('/_emulator/')) return { route: 'control' };
  const storage = STORAGE_PATH.exec(pathname);
  if (storage) {
    return { route: storage[1] === 'storage' ? 'storage' : 'backup_storage', fileId: normalise(storage[2]) };
  }
  return { route: 'other' };
}

/** `007` and `7` name the same file, so logs and fault rules see the canonical form. */
function normalise(fileId: string | undefined): string | undefined {
  if (fileId === undefined || !/^\d{1,25}$/.test(fileId)) return fileId;
  return BigInt(fileId).toString();
}
