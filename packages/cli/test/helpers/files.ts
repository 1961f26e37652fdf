import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Emulator } from '@minimax-files/emulator';

/** The bytes the emulator serves for an id, fetched directly (the reference a download must equal). */
export async function emulatorBytes(emulator: Emulator, id: string): Promise<Buffer> {
  const response = await fetch(`${emulator.url}/v1/files/retrieve_content?file_id=${id}`, {
    headers: { authorization: `Bearer ${emulator.apiKey}` },
  });
  if (!response.ok) throw new Error(`retrieve_content ${id}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function listDir(path: string): Promise<string[]> {
  return (await readdir(path)).sort();
}

export async function sizeOf(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.size;
}

export { readFile };

/** Polls until `check` is true (a slow machine gets a generous deadline). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Compare big buffers by digest: a deep equality of megabytes element by element takes the test runner minutes. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
