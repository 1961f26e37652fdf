import { describe, expect, it } from 'vitest';
import { browseHref, DEFAULT_STATE, gatewayOrder, parseBrowseState } from './browse-params';

describe('parseBrowseState', () => {
  it('reads purpose, filter, sort, direction and page from the address', () => {
    const state = parseBrowseState(
      new URLSearchParams('purpose=voice_clone&filter=take%202&sort=size&dir=asc&page=3'),
    );
    expect(state).toEqual({ purpose: 'voice_clone', filter: 'take 2', sort: 'size', dir: 'asc', page: 3 });
    expect(gatewayOrder(state)).toEqual({ field: 'BYTES', direction: 'ASC' });
  });

  it('falls back to the defaults for anything unknown', () => {
    expect(parseBrowseState({ purpose: 'fine_tune', sort: 'constructor', dir: 'up', page: '-2' })).toEqual(
      DEFAULT_STATE,
    );
    expect(parseBrowseState({ page: '1e3' }).page).toBe(1000);
    expect(parseBrowseState({ page: '2.5' }).page).toBe(1);
  });

  it('gives a newly chosen column its natural first direction', () => {
    expect(parseBrowseState({ sort: 'filename' }).dir).toBe('asc');
    expect(parseBrowseState({ sort: 'size' }).dir).toBe('desc');
  });

  it('takes the first of repeated parameters and bounds the filter', () => {
    expect(parseBrowseState({ purpose: ['prompt_audio', 'voice_clone'] }).purpose).toBe('prompt_audio');
    expect(parseBrowseState({ filter: 'x'.repeat(500) }).filter).toHaveLength(200);
  });
});

describe('browseHref', () => {
  it('round-trips a view, leaving defaults out', () => {
    const state = { purpose: 'voice_clone', filter: 'a&b', sort: 'filename', dir: 'asc', page: 2 } as const;
    const href = browseHref(state);
    expect(href).toBe('/browse?purpose=voice_clone&filter=a%26b&sort=filename&dir=asc&page=2');
    expect(parseBrowseState(new URLSearchParams(href.split('?')[1]))).toEqual(state);
    expect(browseHref({ ...DEFAULT_STATE, purpose: 'voice_clone' })).toBe('/browse?purpose=voice_clone');
    expect(browseHref(DEFAULT_STATE)).toBe('/browse');
  });
});
