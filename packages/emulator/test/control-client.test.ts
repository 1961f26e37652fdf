import { describe, expect, it } from 'vitest';
import { EmulatorControlClient, SEEDED } from '../src/index.js';
import { api, jsonOf, useEmulator } from './helpers.js';

const emulator = useEmulator();

describe('EmulatorControlClient (the control endpoint from another process)', () => {
  it('sets and clears faults, reads and clears the request log, over HTTP', async () => {
    const control = new EmulatorControlClient(`${emulator().url}/`);
    await control.setFault([
      { fileId: SEEDED.small, statusCode: 1008, times: 1 },
      { route: 'list', httpStatus: 500 },
    ]);
    expect(await control.faults()).toHaveLength(2);
    const body = await jsonOf(await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`));
    expect(body.base_resp.status_code).toBe(1008);
    expect((await control.requests()).some((entry) => entry.fileId === SEEDED.small)).toBe(true);
    await control.clearRequests();
    // Only the control call that reads the log is left in it.
    expect((await control.requests()).map((entry) => entry.route)).toEqual(['control']);
    await control.clearFaults();
    expect(await control.faults()).toEqual([]);
  });

  it('makes generated accounts and sets the RPM limit', async () => {
    const control = new EmulatorControlClient(emulator().url);
    await control.setGeneratedFiles('prompt_audio', 30);
    const listed = await jsonOf(await api(emulator(), '/v1/files/list?purpose=prompt_audio'));
    expect(listed.files).toHaveLength(31);
    await control.setGeneratedFiles('prompt_audio', 0);
    await control.setRpmLimit(0);
    const limited = await jsonOf(await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`));
    expect(limited.base_resp.status_code).toBe(1002);
    await control.setRpmLimit(null);
  });

  it('says what the emulator refused', async () => {
    const control = new EmulatorControlClient(emulator().url);
    await expect(control.setFault({ statusCode: 'slow' } as never)).rejects.toThrow(/HTTP 400/);
    await expect(control.setGeneratedFiles('fine_tune' as never, 1)).rejects.toThrow(
      /HTTP 400.*unknown purpose/,
    );
  });
});
