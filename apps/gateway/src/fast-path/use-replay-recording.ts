import type { MiniMaxFile } from '@minimax-files/core';
import type { Plugin } from 'graphql-yoga';
import type { ServerContext } from '../context.js';
import { requestScope } from '../logger.js';
import type { LookupCache } from '../lookups/lookup-cache.js';
import { isReplayableOperation } from './replayable-operations.js';
import type { Replays } from './replays.js';

const ANSWER_MEDIA = /^application\/(graphql-response\+)?json\s*(;|$)/i;

/**
 * The fast path's Yoga half: records the answers it may replay. Only requests the handler handed over are looked
 * at; of those, only operations on the allow-list (`replayableFields`), and of their answers only a 200 that is a
 * single `File` the metadata cache holds. Errors and failed look-ups are never recorded.
 */
export function useReplayRecording(
  replays: Replays,
  cache: Pick<LookupCache, 'get'>,
  replayableFields: ReadonlySet<string>,
): Plugin<Record<string, unknown>, ServerContext> {
  // Requests whose operation is on the allow-list: only their answers are ever looked at.
  const replayable = new WeakSet<object>();
  // The cached file a request's result was rendered from, found before serialization: any other answer (a failed
  // look-up, an error, `files`) is never cloned.
  const answeredFile = new WeakMap<object, MiniMaxFile>();
  return {
    onExecute({ args }) {
      const req = (args.contextValue as Partial<ServerContext>).req;
      if (
        req &&
        replays.keyOf(req) &&
        isReplayableOperation(args.document, args.operationName, replayableFields)
      )
        replayable.add(req);
    },
    onResultProcess({ result, serverContext }) {
      const req = serverContext?.req;
      const file = req && replayable.has(req) ? singleCachedFile(result, cache) : undefined;
      if (req && file) answeredFile.set(req, file);
    },
    async onResponse({ response, serverContext }) {
      const req = serverContext?.req;
      const key = req && replays.keyOf(req);
      const file = req && answeredFile.get(req);
      if (!key || !file || response.status !== 200) return;
      const contentType = response.headers.get('content-type') ?? '';
      if (!ANSWER_MEDIA.test(contentType)) return;
      const body = Buffer.from(await response.clone().arrayBuffer());
      const operation = requestScope.getStore()?.operation;
      replays.record(key, { body, contentType, fileId: file.id, file, operation });
    },
  };
}

/**
 * The cached file an execution result (already serialized values, before the response is written) was rendered
 * from, when the result is exactly one root field holding a `File` with its `id`, without errors, and the metadata
 * cache holds that file with the same name, purpose and link expiry.
 */
function singleCachedFile(result: unknown, cache: Pick<LookupCache, 'get'>): MiniMaxFile | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result) || Symbol.asyncIterator in result) {
    return undefined;
  }
  const { data, errors } = result as { data?: Record<string, unknown> | null; errors?: unknown };
  if (errors !== undefined || !data || typeof data !== 'object') return undefined;
  const fields = Object.values(data);
  if (fields.length !== 1) return undefined;
  const value = fields[0] as Record<string, unknown> | null;
  if (!value || typeof value !== 'object' || value.__typename !== 'File' || typeof value.id !== 'string') {
    return undefined;
  }
  const file = cache.get(value.id);
  if (!file) return undefined;
  if ('filename' in value && value.filename !== file.filename) return undefined;
  if ('purpose' in value && value.purpose !== file.purpose) return undefined;
  if (
    'downloadUrlExpiresAt' in value &&
    value.downloadUrlExpiresAt !== (file.downloadUrlExpiresAt?.toISOString() ?? null)
  ) {
    return undefined;
  }
  return file;
}
