import { describe, expect, it } from 'vitest';
import { createSealedBox } from './sealed-box.js';

describe('createSealedBox', () => {
  const box = createSealedBox('sk-test-key');

  it('opens what it sealed, for the same context only', () => {
    const sealed = box.seal('{"downloadUrl":"https://s.example/a?Signature=x"}', '42');
    expect(sealed).not.toContain('Signature');
    expect(box.open(sealed, '42')).toBe('{"downloadUrl":"https://s.example/a?Signature=x"}');
    expect(box.open(sealed, '43')).toBeUndefined();
  });

  it('refuses another key, tampering and garbage', () => {
    const sealed = box.seal('secret', '1');
    expect(createSealedBox('another-key').open(sealed, '1')).toBeUndefined();
    const bytes = Buffer.from(sealed, 'base64');
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    expect(box.open(bytes.toString('base64'), '1')).toBeUndefined();
    expect(box.open('not sealed', '1')).toBeUndefined();
  });

  it('never seals the same text to the same bytes (a random nonce each time)', () => {
    expect(box.seal('x', '1')).not.toBe(box.seal('x', '1'));
  });
});
