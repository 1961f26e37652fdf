import { jsonReply, type Reply } from '../http/reply.js';
import { linksFor } from '../links.js';
import { fileObjectJson, SUCCESS } from '../minimax-json.js';
import type { EmulatorState } from '../state.js';
import { isReply, lookupFile } from './lookup-file.js';

/** `GET /v1/files/retrieve?file_id=`: the file object with freshly signed links. */
export function retrieve(
  state: EmulatorState,
  query: URLSearchParams,
  hostHeader: string | undefined,
): Reply {
  const entry = lookupFile(state, query);
  if (isReply(entry)) return entry;
  return jsonReply(
    `{"file":${fileObjectJson(entry, linksFor(state, entry, hostHeader))},"base_resp":${SUCCESS}}`,
  );
}
