import { createHash } from 'node:crypto';
import { MiniMaxFiles } from '@minimax-files/core';
import type { Emulator } from '@minimax-files/emulator';
import { type HttpResponse, send } from './http-client.js';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The file's real bytes, fetched with core straight from the emulator (no gateway involved). */
export async function referenceBytes(emulator: Emulator, id: string): Promise<Buffer> {
  const client = new MiniMaxFiles({ apiKey: emulator.apiKey, baseURL: emulator.url, maxRetries: 0 });
  const { body } = await client.download(id);
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** GET /files/{id}/content through the gateway. */
export function downloadThroughGateway(
  gateway: { url: string; token: string },
  id: string,
  headers: Record<string, string> = {},
): Promise<HttpResponse> {
  return send(`${gateway.url}/files/${id}/content`, {
    headers: { authorization: `Bearer ${gateway.token}`, ...headers },
    timeoutMs: 20_000,
  });
}

/**
 * The same download read with fetch, as a browser or script would: resolves with the bytes, or with the
 * error the body stream raised (what a client must see for a broken transfer).
 */
export async function fetchDownload(
  gateway: { url: string; token: string },
  id: string,
): Promise<{ status: number; contentLength?: number; bytes?: Buffer; bodyError?: string }> {
  const response = await fetch(`${gateway.url}/files/${id}/content`, {
    headers: { authorization: `Bearer ${gateway.token}` },
  });
  const contentLength = response.headers.get('content-length');
  const base = {
    status: response.status,
    ...(contentLength !== null && { contentLength: Number(contentLength) }),
  };
  try {
    return { ...base, bytes: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    return { ...base, bodyError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** True when a response is a complete, correct copy of `expected`. */
export function isCompleteCopy(response: HttpResponse, expected: Buffer): boolean {
  return response.status === 200 && response.complete && sha256(response.body) === sha256(expected);
}
