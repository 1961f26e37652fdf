import { afterAll, beforeAll } from 'vitest';
import { type Emulator, type EmulatorOptions, startEmulator } from '../src/index.js';

/** One emulator per test file (port 0), closed after the file's tests. */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, largeFileBytes: 4 * 1024 * 1024, ...options });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

/** GET an API path with the emulator's key. */
export function api(emulator: Emulator, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${emulator.apiKey}`, ...(init.headers as Record<string, string>) },
  });
}

export async function retrieveJson(emulator: Emulator, fileId: string): Promise<RetrieveBody> {
  const response = await api(emulator, `/v1/files/retrieve?file_id=${fileId}`);
  return (await response.json()) as RetrieveBody;
}

export interface RetrieveBody {
  file?: {
    file_id: number;
    bytes: number;
    created_at: number;
    filename: string;
    purpose: string;
    download_url?: string;
    backup_download_url?: string;
  };
  base_resp: { status_code: number; status_msg: string };
}

export async function downloadUrlOf(emulator: Emulator, fileId: string): Promise<string> {
  const body = await retrieveJson(emulator, fileId);
  if (!body.file?.download_url) throw new Error(`no download_url for ${fileId}`);
  return body.file.download_url;
}

/** Reads a body until it ends or breaks, returning what arrived and the error, if any. */
export async function readAll(response: Response): Promise<{ bytes: Buffer; error?: unknown }> {
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  if (!reader) return { bytes: Buffer.alloc(0) };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    return { bytes: Buffer.concat(chunks) };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
}

export interface MiniMaxBody extends RetrieveBody {
  files?: NonNullable<RetrieveBody['file']>[];
  [key: string]: unknown;
}

/** The parsed body, typed loosely enough for assertions. */
export async function jsonOf(response: Response): Promise<MiniMaxBody> {
  return (await response.json()) as MiniMaxBody;
}
