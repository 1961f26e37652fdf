import type { ListablePurpose } from '../facts/purposes.js';
import { readFileObjects } from '../file-object.js';
import { FILES_ENVELOPE, readJsonAnswer } from '../json-envelope.js';
import { request } from '../request.js';
import type { MiniMaxFile } from '../types.js';
import type { Upstream } from '../upstream.js';

/** `GET /v1/files/list?purpose=`: every file of one purpose, each element validated (or none returned). */
export function listFiles(
  upstream: Upstream,
  purpose: ListablePurpose,
  signal?: AbortSignal,
): Promise<MiniMaxFile[]> {
  return request(
    upstream,
    {
      route: 'list',
      path: `/v1/files/list?purpose=${purpose}`,
      headers: { accept: 'application/json' },
      read: async (response, attempt) =>
        readFileObjects(await readJsonAnswer(response, attempt, FILES_ENVELOPE)),
    },
    signal,
  );
}
