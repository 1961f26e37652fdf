import { beforeEach, describe, expect, it } from 'vitest';
import { SEEDED } from '../src/index.js';
import { api, downloadUrlOf, jsonOf, useEmulator } from './helpers.js';

const emulator = useEmulator();
beforeEach(() => {
  emulator().clearFaults();
  emulator().clearRequests();
});

describe('request log', () => {
  it('records route, canonical file id, whether a key was sent, and the status', async () => {
    await api(emulator(), `/v1/files/retrieve?file_id=00${SEEDED.maxId}`).then((r) => r.text());
    await fetch(`${emulator().url}/v1/files/retrieve_content?file_id=${SEEDED.small}`).then((r) => r.text());
    await fetch(`${emulator().url}/nowhere`).then((r) => r.text());
    const log = emulator().requests;
    expect(log.map(({ at: _at, ...rest }) => rest)).toEqual([
      {
        method: 'GET',
        path: '/v1/files/retrieve',
        route: 'retrieve',
        fileId: SEEDED.maxId,
        hasAuthorization: true,
        status: 200,
      },
      {
        method: 'GET',
        path: '/v1/files/retrieve_content',
        route: 'retrieve_content',
        fileId: SEEDED.small,
        hasAuthorization: false,
        status: 200,
      },
      {
        method: 'GET',
        path: '/nowhere',
        route: 'other',
        fileId: undefined,
        hasAuthorization: false,
        status: 404,
      },
    ]);
    expect(typeof log[0]?.at).toBe('number');
  });

  it('records storage downloads by file id and HTTP errors by status', async () => {
    const url = await downloadUrlOf(emulator(), SEEDED.nonAscii);
    await fetch(url).then((r) => r.arrayBuffer());
    emulator().setFault({ route: 'storage', httpStatus: 503, times: 1 });
    await fetch(url).then((r) => r.arrayBuffer());
    const storage = emulator().requests.filter((entry) => entry.route === 'storage');
    expect(storage.map((entry) => [entry.fileId, entry.status])).toEqual([
      [SEEDED.nonAscii, 200],
      [SEEDED.nonAscii, 503],
    ]);
  });

  it('records a reset connection with status 0', async () => {
    emulator().setFault({ resetConnection: true, times: 1 });
    await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`).catch(() => undefined);
    expect(emulator().requests.map((entry) => entry.status)).toEqual([0]);
  });

  it('is a copy: mutating it does not change the log', async () => {
    await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`).then((r) => r.text());
    const copy = emulator().requests;
    copy.pop();
    expect(emulator().requests).toHaveLength(1);
  });

  it('counts upstream calls, and clearRequests() empties it', async () => {
    for (let i = 0; i < 3; i++)
      await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`).then((r) => r.text());
    expect(emulator().requests.filter((entry) => entry.route === 'retrieve')).toHaveLength(3);
    emulator().clearRequests();
    expect(emulator().requests).toEqual([]);
  });

  it('is readable and clearable through the control endpoint', async () => {
    await api(emulator(), `/v1/files/retrieve?file_id=${SEEDED.small}`).then((r) => r.text());
    const { requests } = (await jsonOf(await fetch(`${emulator().url}/_emulator/requests`))) as unknown as {
      requests: { route: string }[];
    };
    // The GET of the log is itself in the log (route 'control'), after the retrieve.
    expect(requests.map((entry) => entry.route)).toEqual(['retrieve', 'control']);
    await fetch(`${emulator().url}/_emulator/requests`, { method: 'DELETE' });
    // The DELETE was logged before it emptied the log, so nothing remains.
    expect(emulator().requests).toEqual([]);
  });
});

describe('request log limit', () => {
  it('keeps only the newest requestLogLimit entries', async () => {
    const { startEmulator } = await import('../src/index.js');
    const own = await startEmulator({ port: 0, requestLogLimit: 2 });
    try {
      for (const id of ['1', '2', '3'])
        await fetch(`${own.url}/v1/files/retrieve?file_id=${id}`).then((r) => r.text());
      expect(own.requests.map((entry) => entry.fileId)).toEqual(['2', '3']);
    } finally {
      await own.close();
    }
  });
});
