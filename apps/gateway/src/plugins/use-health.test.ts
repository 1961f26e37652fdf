import { describe, expect, it } from 'vitest';
import { yogaWith } from '../../test/helpers/plugin-yoga.js';
import { useHealth } from './use-health.js';

describe('useHealth', () => {
  it('answers /readyz 200 or 503 from the check, with an empty body', async () => {
    let ready = true;
    const yoga = yogaWith([useHealth({ isReady: async () => ready })]);
    const up = await yoga.fetch('http://gateway.test/readyz');
    expect(up.status).toBe(200);
    expect(await up.text()).toBe('');
    ready = false;
    const down = await yoga.fetch('http://gateway.test/readyz');
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('');
  });

  it('leaves nothing but the status on /healthz', async () => {
    const yoga = yogaWith([useHealth({ isReady: async () => true })]);
    const response = await yoga.fetch('http://gateway.test/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-yoga-id')).toBeNull();
    expect(await response.text()).toBe('');
  });
});
