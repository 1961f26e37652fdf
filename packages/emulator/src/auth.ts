import { hash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Reply } from './http/reply.js';
import { baseRespReply, CODES, MESSAGES } from './minimax-json.js';

/** MiniMax answers a missing or wrong key with HTTP 200 and base_resp 1004; the key itself is never echoed. */
export function checkBearer(req: IncomingMessage, apiKey: string): Reply | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  if (!match?.[1]) return baseRespReply(CODES.auth, MESSAGES.missingKey);
  if (!sameSecret(match[1], apiKey)) return baseRespReply(CODES.auth, MESSAGES.wrongKey);
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  return timingSafeEqual(hash('sha256', given, 'buffer'), hash('sha256', expected, 'buffer'));
}
