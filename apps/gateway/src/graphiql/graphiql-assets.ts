import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { GRAPHIQL_BOOT_SCRIPT } from './graphiql-boot.js';

/** Every GraphiQL asset lives under this path, so routing and metric labels need one prefix test. */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

const { version } = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json') as {
  version: string;
};

/**
 * The assets' directory changes whenever their bytes can: the bundle's version and our boot script. So a browser
 * may keep each file for a year without asking again, and an upgrade is never served from a stale cache.
 */
const release = createHash('sha256').update(version).update(GRAPHIQL_BOOT_SCRIPT).digest('hex').slice(0, 12);
const base = `${GRAPHIQL_ASSET_PREFIX}${release}/`;

/** Where the page finds each asset (same origin, absolute paths). */
export const GRAPHIQL_ASSET_URLS = {
  script: `${base}graphiql.js`,
  style: `${base}graphiql.css`,
  boot: `${base}boot.js`,
  icon: `${base}favicon.ico`,
  /** Monaco's web workers, by the label Monaco asks for. */
  workers: {
    editorWorkerService: `${base}editor.worker.js`,
    json: `${base}json.worker.js`,
    graphql: `${base}graphql.worker.js`,
  },
} as const;

export interface GraphiQLAsset {
  body: Bytes;
  contentType: string;
  /** The same bytes gzipped, made on first demand: the 5.3 MB script is 1.4 MB gzipped (0.3 s of CPU, once). */
  gzipped(): Promise<Bytes>;
}

/** What a fetch `Response` takes. Node's Buffers are typed over any ArrayBuffer, though these own plain ones. */
type Bytes = Uint8Array<ArrayBuffer>;
const bytes = (buffer: Buffer) => buffer as Bytes;

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const gzipAsync = promisify(gzip);

function asset(content: string | Buffer, contentType: string): GraphiQLAsset {
  const body = bytes(typeof content === 'string' ? Buffer.from(content) : content);
  let compressed: Promise<Bytes> | undefined;
  return { body, contentType, gzipped: () => (compressed ??= gzipAsync(body).then(bytes)) };
}

/** `data:image/x-icon;base64,...` → its bytes and type. */
function fromDataUrl(url: string): GraphiQLAsset {
  const match = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (!match?.[1] || match[2] === undefined) throw new Error('GraphiQL favicon: expected a base64 data: URL');
  return asset(Buffer.from(match[2], 'base64'), match[1]);
}

let loading: Promise<ReadonlyMap<string, GraphiQLAsset>> | undefined;

/**
 * The assets by path. Yoga's own GraphiQL bundle (`@graphql-yoga/render-graphiql`, pinned with graphql-yoga) is
 * 9 MB of strings: it is imported on the first request for an asset, never by a gateway with GraphiQL off.
 */
export function loadGraphiQLAssets(): Promise<ReadonlyMap<string, GraphiQLAsset>> {
  loading ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const urls = GRAPHIQL_ASSET_URLS;
    return new Map([
      [urls.script, asset(bundle.js, JAVASCRIPT)],
      [urls.style, asset(bundle.css, 'text/css; charset=utf-8')],
      [urls.boot, asset(GRAPHIQL_BOOT_SCRIPT, JAVASCRIPT)],
      [urls.icon, fromDataUrl(bundle.favicon)],
      [urls.workers.editorWorkerService, asset(bundle.editorWorkerService, JAVASCRIPT)],
      [urls.workers.json, asset(bundle.jsonWorker, JAVASCRIPT)],
      [urls.workers.graphql, asset(bundle.graphqlWorker, JAVASCRIPT)],
    ]);
  });
  return loading;
}
