import { readFileObject } from '../file-object.js';
import { FILE_ENVELOPE, MalformedBody, readJsonAnswer } from '../json-envelope.js';
import { request } from '../request.js';
import type { MiniMaxFile } from '../types.js';
import type { Upstream } from '../upstream.js';

/** `GET /v1/files/retrieve?file_id=`: one file's metadata; `fileId` is already canonical. */
export function retrieveFile(upstream: Upstream, fileId: string, signal?: AbortSignal): Promise<MiniMaxFile> {
  return request(
    upstream,
    {
      route: 'retrieve',
      path: `/v1/files/retrieve?file_id=${fileId}`,
      fileId,
      headers: { accept: 'application/json' },
      async read(response, attempt) {
        const file = readFileObject(await readJsonAnswer(response, attempt, FILE_ENVELOPE));
        // Something between us and MiniMax rounded the id through a double: never show another file's data.
        if (file.id !== fileId) throw new MalformedBody(`the answer is for file ${file.id}, not ${fileId}`);
        return file;
      },
    },
    signal,
  );
}
