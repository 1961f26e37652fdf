import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidFileIdError, MAX_FILE_ID, MiniMaxFilesError, parseFileId } from '../src/index.js';

const MAX = 2n ** 63n - 1n;

describe('parseFileId', () => {
  it.each([
    ['1', '1'],
    ['42', '42'],
    ['007', '7'],
    ['0000000000000000000000000009223372036854775807', MAX_FILE_ID],
    ['9007199254740993', '9007199254740993'],
    [MAX_FILE_ID, MAX_FILE_ID],
    [9007199254740991, '9007199254740991'],
    [1, '1'],
    [9007199254740993n, '9007199254740993'],
    [MAX, MAX_FILE_ID],
  ])('accepts %s as %s', (input, expected) => {
    expect(parseFileId(input)).toBe(expected);
  });

  it.each([
    '',
    '0',
    '000',
    '-1',
    '+1',
    ' 1',
    '1 ',
    '1\n',
    '1.0',
    '1e3',
    '0x10',
    '9223372036854775808',
    '99999999999999999999',
    '١٢٣', // Arabic-Indic digits
    '１２３', // full-width digits
    0,
    -1,
    1.5,
    9007199254740992, // 2^53: no longer safe, may already be rounded
    Number.NaN,
    Number.POSITIVE_INFINITY,
    0n,
    -5n,
    MAX + 1n,
    null,
    undefined,
    {},
    [],
    ['1'],
    true,
    Symbol('1'),
  ])('refuses %s with InvalidFileIdError', (input) => {
    const call = () => parseFileId(input);
    expect(call).toThrow(InvalidFileIdError);
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(MiniMaxFilesError);
      expect((error as MiniMaxFilesError).kind).toBe('InvalidFileId');
      expect((error as MiniMaxFilesError).retryable).toBe(false);
    }
  });

  it('shortens a huge input in the message', () => {
    const error = (() => {
      try {
        parseFileId('x'.repeat(100_000));
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message.length).toBeLessThan(200);
  });
});

/** The oracle: what an id is, computed independently of the implementation with BigInt. */
function expectedId(input: unknown): string | undefined {
  if (typeof input === 'string') {
    if (!/^[0-9]+$/.test(input)) return undefined;
    const value = BigInt(input);
    return value >= 1n && value <= MAX ? value.toString() : undefined;
  }
  if (typeof input === 'bigint') return input >= 1n && input <= MAX ? input.toString() : undefined;
  if (typeof input === 'number')
    return Number.isSafeInteger(input) && input >= 1 ? BigInt(input).toString() : undefined;
  return undefined;
}

describe('parseFileId property', () => {
  const digitStrings = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 25 });
  const nearBoundary = fc
    .bigInt({ min: -10n, max: 10n })
    .chain((delta) => fc.constantFrom(MAX + delta, 2n ** 53n + delta, delta))
    .chain((value) =>
      fc.constantFrom<unknown>(value, value.toString(), `00${value}`, ` ${value}`, Number(value)),
    );
  const anything = fc.oneof(
    digitStrings,
    digitStrings.map((digits) => `${'0'.repeat(digits.length % 4)}${digits}`),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.bigInt(),
    fc.bigInt({ min: 0n, max: MAX + 1n }),
    fc.integer(),
    fc.double(),
    fc.maxSafeInteger(),
    nearBoundary,
    fc.anything(),
  );

  it('accepts exactly the ids the oracle accepts, with their canonical value, and throws nothing else', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const expected = expectedId(input);
        let actual: string | undefined;
        try {
          actual = parseFileId(input);
        } catch (error) {
          if (!(error instanceof InvalidFileIdError)) return false;
          return expected === undefined;
        }
        return actual === expected && actual === BigInt(actual).toString();
      }),
      { numRuns: 20_000 },
    );
  });
});
