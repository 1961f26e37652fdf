import { describe, expect, it } from 'vitest';
import { parseRecent, rememberId } from './recent-lookups';

describe('rememberId', () => {
  it('puts the newest first without duplicates and keeps the limit', () => {
    expect(rememberId(['1', '2', '3'], '2')).toEqual(['2', '1', '3']);
    expect(rememberId(['1', '2', '3'], '4', 3)).toEqual(['4', '1', '2']);
  });
});

describe('parseRecent', () => {
  it('ignores anything that is not a list of ids', () => {
    expect(parseRecent(null)).toEqual([]);
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent('{"a":1}')).toEqual([]);
    expect(parseRecent('["9223372036854775807", 5, "<b>", "12"]')).toEqual(['9223372036854775807', '12']);
  });
});
