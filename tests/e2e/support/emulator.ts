import type { FaultRule } from '@minimax-files/emulator';
import { EmulatorControlClient } from '@minimax-files/testkit';
import type { APIRequestContext } from '@playwright/test';
import { EMULATOR_URL, MINIMAX_API_KEY } from './servers.js';

/** What the emulator itself says about a file, read straight from its MiniMax-shaped API. */
export interface UpstreamFile {
  filename: string;
  purpose: string;
  bytes: number;
  createdAt: Date;
}

/** Talks to the emulator directly: its loopback control endpoint and its MiniMax API (with the key). */
export class EmulatorControl {
  readonly #control = new EmulatorControlClient(EMULATOR_URL);

  constructor(private readonly request: APIRequestContext) {}

  setFault(rule: FaultRule): Promise<void> {
    return this.#control.setFault(rule);
  }

  clearFaults(): Promise<void> {
    return this.#control.clearFaults();
  }

  /** Makes the account hold `count` generated files of `purpose` besides the seeded ones (0 removes them). */
  async setGeneratedFiles(purpose: string, count: number): Promise<void> {
    const response = await this.request.put(`${EMULATOR_URL}/_emulator/generated-files`, {
      data: { purpose, count },
    });
    if (!response.ok()) throw new Error(`generating files failed: HTTP ${response.status()}`);
  }

  /** Metadata as upstream returns it. The id is not read back: JSON.parse would round it. */
  async retrieve(fileId: string): Promise<UpstreamFile> {
    const response = await this.request.get(`${EMULATOR_URL}/v1/files/retrieve?file_id=${fileId}`, {
      headers: { authorization: `Bearer ${MINIMAX_API_KEY}` },
    });
    const body = (await response.json()) as {
      file?: { filename: string; purpose: string; bytes: number; created_at: number };
      base_resp?: { status_code: number; status_msg: string };
    };
    if (!body.file) throw new Error(`emulator has no file ${fileId}: ${JSON.stringify(body.base_resp)}`);
    const { filename, purpose, bytes, created_at } = body.file;
    return { filename, purpose, bytes, createdAt: new Date(created_at * 1000) };
  }

  /** The file's bytes as upstream serves them, to compare with what the browser saved. */
  async content(fileId: string): Promise<Buffer> {
    const response = await this.request.get(`${EMULATOR_URL}/v1/files/retrieve_content?file_id=${fileId}`, {
      headers: { authorization: `Bearer ${MINIMAX_API_KEY}` },
    });
    if (!response.ok()) throw new Error(`retrieve_content ${fileId} failed: HTTP ${response.status()}`);
    return response.body();
  }
}
