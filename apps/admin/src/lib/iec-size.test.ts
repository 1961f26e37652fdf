import { describe, expect, it } from 'vitest';
import { formatIecSize, groupDigits, knownBytes } from './iec-size';

describe('formatIecSize', () => {
  it('shows small sizes in bytes', () => {
    expect(formatIecSize('0')).toEqual({ short: '0 bytes', exact: '0 bytes' });
    expect(formatIecSize('1')).toEqual({ short: '1 byte', exact: '1 byte' });
    expect(formatIecSize('1023')).toEqual({ short: '1,023 bytes', exact: '1,023 bytes' });
  });

  it('uses KiB, MiB and GiB with two decimals', () => {
    expect(formatIecSize('1024').short).toBe('1.00 KiB');
    expect(formatIecSize('5896337')).toEqual({ short: '5.62 MiB', exact: '5,896,337 bytes' });
    expect(formatIecSize('1073741824').short).toBe('1.00 GiB');
    expect(formatIecSize('2147483649').short).toBe('2.00 GiB');
  });

  it('moves to the next unit when rounding reaches it', () => {
    expect(formatIecSize('1048064').short).toBe('1,023.50 KiB');
    expect(formatIecSize('1048575').short).toBe('1.00 MiB');
    expect(formatIecSize('1048576').short).toBe('1.00 MiB');
  });

  it('keeps every digit past 2^53 in the exact text', () => {
    expect(formatIecSize('9007199254740993').exact).toBe('9,007,199,254,740,993 bytes');
    expect(formatIecSize('9223372036854775807')).toEqual({
      short: '8.00 EiB',
      exact: '9,223,372,036,854,775,807 bytes',
    });
  });

  it('says Unknown for a null size', () => {
    expect(formatIecSize(null)).toEqual({ short: 'Unknown', exact: null });
    expect(formatIecSize(undefined)).toEqual({ short: 'Unknown', exact: null });
  });
});

describe('groupDigits', () => {
  it('groups in threes from the right', () => {
    expect(groupDigits('1')).toBe('1');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('123456789')).toBe('123,456,789');
  });
});

describe('knownBytes', () => {
  it("reads null and MiniMax's 0 as unknown", () => {
    expect(knownBytes(null)).toBeNull();
    expect(knownBytes('0')).toBeNull();
    expect(knownBytes('42')).toBe('42');
  });
});
