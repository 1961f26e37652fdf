import type { IncomingMessage } from 'node:http';
import { contentReply } from '../http/content-reply.js';
import type { Reply } from '../http/reply.js';
import type { EmulatorState } from '../state.js';
import { isReply, lookupFile } from './lookup-file.js';

/** `GET /v1/files/retrieve_content?file_id=`: the bytes themselves, behind the Bearer key (checked before). */
export function retrieveContent(state: EmulatorState, req: IncomingMessage, query: URLSearchParams): Reply {
  const entry = lookupFile(state, query);
  if (isReply(entry)) return entry;
  return contentReply(entry, req.headers.range);
}
