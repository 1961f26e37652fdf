/**
 * The largest request body the admin accepts on any route: its GraphQL look-ups (100 ids) and its server actions
 * (a token, a name) are a few KiB. Nothing bigger is ever read into memory.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * A request body as text, or null as soon as it passes `limit` bytes (the rest is not read). The front door
 * (server/front-door.ts) already refuses larger bodies; this holds where it does not run (`next dev`).
 */
export async function readBodyUpTo(request: Request, limit = MAX_BODY_BYTES): Promise<string | null> {
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
