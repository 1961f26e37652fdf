import { describe, expect, it } from 'vitest';
import { activityHref, gatewayFilter, isFiltered, parseActivityState } from './activity-params';

describe('parseActivityState', () => {
  it('reads every filter from the address, trimmed', () => {
    const { state, problems } = parseActivityState(
      new URLSearchParams(
        'operator=+ana+&action=DOWNLOAD&file=042&from=2026-12-01T07:00&to=2026-12-01T08:30&after=c1',
      ),
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      operator: 'ana',
      action: 'DOWNLOAD',
      file: '042',
      from: '2026-12-01T07:00',
      to: '2026-12-01T08:30',
      after: 'c1',
    });
  });

  it('takes the first value of a repeated parameter (Next.js search params)', () => {
    expect(parseActivityState({ operator: ['ana', 'bob'] }).state.operator).toBe('ana');
  });

  it('names each filter it cannot use', () => {
    const { problems } = parseActivityState({ action: 'DELETE', file: '12ab', from: 'yesterday' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('DELETE');
    expect(problems[1]).toMatch(/^File ID:/);
    expect(problems[2]).toMatch(/^From:/);
  });

  it('refuses a time range that ends before it starts', () => {
    const { problems } = parseActivityState({ from: '2026-12-01T09:00', to: '2026-12-01T08:00' });
    expect(problems).toEqual(['From must be earlier than To.']);
  });
});

describe('gatewayFilter', () => {
  it('sends only what is set, times as UTC instants and the id canonical', () => {
    const { state } = parseActivityState({ operator: 'ana', file: '007', from: '2026-12-01T07:00' });
    expect(gatewayFilter(state)).toEqual({
      actor: 'ana',
      fileId: '7',
      since: '2026-12-01T07:00:00.000Z',
    });
    expect(gatewayFilter(parseActivityState({}).state)).toEqual({});
  });
});

describe('activityHref', () => {
  it('round-trips a view through its address', () => {
    const { state } = parseActivityState({ operator: 'a b&c', action: 'LOOKUP', after: 'xyz' });
    const href = activityHref(state);
    expect(href).toBe('/activity?operator=a+b%26c&action=LOOKUP&after=xyz');
    expect(parseActivityState(new URL(href, 'http://admin.test').searchParams).state).toEqual(state);
    expect(activityHref({ ...state, after: '' }, '/activity/export')).toBe(
      '/activity/export?operator=a+b%26c&action=LOOKUP',
    );
  });

  it('is the bare page without filters', () => {
    const { state } = parseActivityState({});
    expect(activityHref(state)).toBe('/activity');
    expect(isFiltered(state)).toBe(false);
    expect(isFiltered({ ...state, action: 'LIST' })).toBe(true);
  });
});
