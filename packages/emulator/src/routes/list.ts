import { PURPOSES, type Purpose } from '../catalogue/seeded.js';
import { jsonReply, type Reply } from '../http/reply.js';
import { baseRespReply, CODES, fileObjectJson, MESSAGES, SUCCESS } from '../minimax-json.js';
import type { EmulatorState } from '../state.js';

/** `GET /v1/files/list?purpose=`: MiniMax requires the purpose and lists only that purpose's files. */
export function list(state: EmulatorState, query: URLSearchParams): Reply {
  const purpose = query.get('purpose');
  if (!purpose) return baseRespReply(CODES.invalidParams, MESSAGES.missingPurpose);
  if (!PURPOSES.includes(purpose as Purpose))
    return baseRespReply(CODES.invalidParams, MESSAGES.unknownPurpose);
  // MiniMax's list elements carry no links (retrieve mints them), so neither do ours.
  const files: string[] = [];
  for (const entry of state.catalogue.values())
    if (entry.purpose === purpose) files.push(fileObjectJson(entry, {}));
  return jsonReply(`{"files":[${files.join(',')}],"base_resp":${SUCCESS}}`);
}
