import { describe, expect, it } from 'vitest';
import { redactKey } from '../src/redact-key.js';

const KEY = 'sk-live-0123456789abcdefghijklmnopqrstuvwxyz';

describe('redactKey', () => {
  it('redacts the key, and any start of it 8 characters or longer, and keeps the rest', () => {
    expect(redactKey(`a ${KEY} b`, KEY)).toBe('a [redacted] b');
    expect(redactKey(`cut ${KEY.slice(0, 33)}... end`, KEY)).toBe('cut [redacted]... end');
    expect(redactKey(`${KEY.slice(0, 8)}X and ${KEY}${KEY}`, KEY)).toBe(
      '[redacted]X and [redacted][redacted]',
    );
  });

  it('leaves 7 leading characters and text that only resembles the key', () => {
    expect(redactKey(`see ${KEY.slice(0, 7)}`, KEY)).toBe(`see ${KEY.slice(0, 7)}`);
    expect(redactKey('sk-other-key', KEY)).toBe('sk-other-key');
  });

  it('redacts a short key only whole', () => {
    expect(redactKey('abcde abcdef', 'abcdef')).toBe('abcde [redacted]');
    expect(redactKey('abc', 'abc')).toBe('abc');
  });
});
