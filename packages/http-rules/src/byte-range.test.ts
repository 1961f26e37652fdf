import { describe, expect, it } from 'vitest';
import { parseRange } from './byte-range.js';

describe('parseRange', () => {
  it('reads a closed, an open and a suffix range against a known size', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'range', range: { start: 0, end: 99 } });
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'range', range: { start: 900, end: 999 } });
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'range', range: { start: 900, end: 999 } });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'range', range: { start: 0, end: 999 } });
  });

  it('clamps an end past the last byte', () => {
    expect(parseRange('bytes=10-5000', 1000)).toEqual({ kind: 'range', range: { start: 10, end: 999 } });
  });

  it('passes open ranges on when the size is unknown, and ignores suffixes it cannot place', () => {
    expect(parseRange('bytes=10-', undefined)).toEqual({ kind: 'range', range: { start: 10 } });
    expect(parseRange('bytes=10-20', undefined)).toEqual({ kind: 'range', range: { start: 10, end: 20 } });
    expect(parseRange('bytes=-10', undefined)).toEqual({ kind: 'none' });
  });

  it('finds nothing satisfiable in an empty file', () => {
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('says unsatisfiable for ranges starting past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
  });

  it('ignores what it does not understand', () => {
    for (const header of [
      null,
      '',
      'bytes=',
      'bytes=-',
      'bytes=5-1',
      'bytes=0-1,5-6',
      'items=0-1',
      'bytes=a-b',
    ]) {
      expect(parseRange(header, 1000)).toEqual({ kind: 'none' });
    }
  });

  it('handles offsets beyond 2^32 exactly', () => {
    expect(parseRange('bytes=5000000000-', 6_000_000_000)).toEqual({
      kind: 'range',
      range: { start: 5_000_000_000, end: 5_999_999_999 },
    });
  });
});
