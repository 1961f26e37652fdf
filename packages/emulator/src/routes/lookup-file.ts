import type { CatalogueEntry } from '../catalogue/seeded.js';
import { parseFileIdParam } from '../file-id.js';
import type { Reply } from '../http/reply.js';
import { baseRespReply, CODES, MESSAGES } from '../minimax-json.js';
import type { EmulatorState } from '../state.js';

/** Resolves `?file_id=` to a catalogue entry, or the MiniMax-style error reply for a bad or unknown id. */
export function lookupFile(state: EmulatorState, query: URLSearchParams): CatalogueEntry | Reply {
  const param = parseFileIdParam(query.get('file_id'));
  if (param.kind === 'missing') return baseRespReply(CODES.invalidParams, MESSAGES.missingFileId);
  if (param.kind === 'malformed') return baseRespReply(CODES.invalidParams, MESSAGES.malformedFileId);
  return state.catalogue.get(param.id) ?? baseRespReply(CODES.fileNotFound, MESSAGES.fileNotFound);
}

export function isReply(value: CatalogueEntry | Reply): value is Reply {
  return 'status' in value;
}
