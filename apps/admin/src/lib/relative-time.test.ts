import { describe, expect, it } from 'vitest';
import { formatRelative, formatUtc } from './relative-time';

const now = new Date('2026-01-10T12:00:00Z');

describe('formatRelative', () => {
  it('picks a unit that keeps the number small', () => {
    expect(formatRelative(new Date('2026-01-07T12:00:00Z'), now)).toBe('3 days ago');
    expect(formatRelative(new Date('2026-01-10T11:58:00Z'), now)).toBe('2 minutes ago');
    expect(formatRelative(new Date('2026-01-10T12:00:00Z'), now)).toBe('just now');
    expect(formatRelative(new Date('2025-01-10T12:00:00Z'), now)).toBe('1 year ago');
    expect(formatRelative(new Date('2023-11-20T08:36:38Z'), now)).toBe('2 years ago');
    expect(formatRelative(new Date('2026-01-12T12:00:00Z'), now)).toBe('in 2 days');
  });
});

describe('formatUtc', () => {
  it('prints UTC without milliseconds', () => {
    expect(formatUtc(new Date('2023-11-20T08:36:38.123Z'))).toBe('2023-11-20 08:36:38 UTC');
  });
});
