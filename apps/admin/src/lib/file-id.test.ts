import { describe, expect, it } from 'vitest';
import { canonicalFileId, checkFileId, FILE_ID_RULE } from './file-id';

describe('checkFileId', () => {
  it('accepts the largest id with every digit kept', () => {
    expect(checkFileId('9223372036854775807')).toEqual({ ok: true, id: '9223372036854775807' });
    expect(checkFileId('9007199254740993')).toEqual({ ok: true, id: '9007199254740993' });
  });

  it('trims surrounding whitespace and drops leading zeros', () => {
    expect(checkFileId('  \t0042\n')).toEqual({ ok: true, id: '42' });
  });

  it.each([
    '0',
    '000',
    '9223372036854775808',
    '18446744073709551615',
    '-1',
    '+1',
    '1.0',
    '1e3',
    '12 34',
    'abc',
    '١٢٣',
    '０１',
  ])('rejects %j with the digits rule', (input) => {
    expect(checkFileId(input)).toEqual({ ok: false, message: FILE_ID_RULE });
  });

  it('asks for an id when the field is empty', () => {
    const check = checkFileId('   ');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain('digits');
  });

  it('canonicalFileId returns null for invalid input', () => {
    expect(canonicalFileId('x')).toBeNull();
    expect(canonicalFileId('07')).toBe('7');
  });
});
