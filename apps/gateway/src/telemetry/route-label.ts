import { matchFileContentPath } from '../download/file-content-path.js';
import { GRAPHIQL_ASSET_PREFIX } from '../graphiql/graphiql-assets.js';

/** A path's route name, from a fixed set, so metric labels and log fields stay few whatever clients send. */
export function routeLabelOf(pathname: string): string {
  if (pathname === '/graphql') return 'graphql';
  if (pathname === '/healthz' || pathname === '/readyz' || pathname === '/metrics') return pathname.slice(1);
  if (matchFileContentPath(pathname) !== undefined) return 'file_content';
  if (pathname.startsWith(GRAPHIQL_ASSET_PREFIX)) return 'graphiql';
  if (pathname === '/sessions' || pathname === '/sessions/current') return 'sessions';
  return 'other';
}
