import { describe, expect, it } from 'vitest';
import { parseFileIdParam } from '../src/file-id.js';
import { patternContent, readRange } from '../src/index.js';

describe('parseFileIdParam', () => {
  it.each([
    [null, { kind: 'missing' }],
    ['', { kind: 'missing' }],
    ['42', { kind: 'ok', id: '42' }],
    ['0042', { kind: 'ok', id: '42' }],
    ['9223372036854775807', { kind: 'ok', id: '9223372036854775807' }],
    ['9223372036854775808', { kind: 'malformed' }],
    ['+1', { kind: 'malformed' }],
    ['1 ', { kind: 'malformed' }],
    ['١٢', { kind: 'malformed' }], // Arabic-Indic digits
  ])('%s → %o', (raw, expected) => {
    expect(parseFileIdParam(raw)).toEqual(expected);
  });
});

describe('patternContent', () => {
  it('gives the same bytes for a range as for the whole file sliced', () => {
    const content = patternContent(200_000, 7);
    const whole = readRange(content);
    expect(whole.length).toBe(200_000);
    expect(readRange(content, 65_000, 140_000).equals(whole.subarray(65_000, 140_001))).toBe(true);
    expect(whole.readBigUInt64BE(131_072)).toBe(131_072n);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(readRange(patternContent(1000, 1)).equals(readRange(patternContent(1000, 1)))).toBe(true);
    expect(readRange(patternContent(1000, 1)).equals(readRange(patternContent(1000, 2)))).toBe(false);
  });
});
