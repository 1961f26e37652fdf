import { PURPOSES, type Purpose } from '../catalogue/seeded.js';
import { jsonReply, type Reply } from '../http/reply.js';
import { linksFor } from '../links.js';
import { baseRespReply, CODES, fileObjectJson, MESSAGES, SUCCESS } from '../minimax-json.js';
import type { EmulatorState } from '../state.js';

/** `GET /v1/files/list?purpose=`: MiniMax requires the purpose and lists only that purpose's files. */
export function list(state: EmulatorState, query: URLSearchParams, hostHeader: string | undefined): Reply {
  const purpose = query.get('purpose');
  if (!purpose) return baseRespReply(CODES.invalidParams, MESSAGES.missingPurpose);
  if (!PURPOSES.includes(purpose as Purpose))
    return baseRespReply(CODES.invalidParams, MESSAGES.unknownPurpose);
  const files = [...state.catalogue.values()]
    .filter((entry) => entry.purpose === purpose)
    .map((entry) => fileObjectJson(entry, linksFor(state, entry, hostHeader)));
  return jsonReply(`{"files":[${files.join(',')}],"base_resp":${SUCCESS}}`);
}
