import fc from 'fast-check';

/**
 * Generators of candidate file ids that aim at the edges: 2^53 and 2^63 (± small deltas), zero, signs,
 * exponents, decimals, leading zeros, other scripts' digits, whitespace, empty and very long strings.
 */
const TWO_53 = 2n ** 53n;
const TWO_63 = 2n ** 63n;
const TWO_64 = 2n ** 64n;

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const EXTENDED_ARABIC_INDIC = '۰۱۲۳۴۵۶۷۸۹';
const FULLWIDTH = '０１２３４５６７８９';
const DEVANAGARI = '०१२३४५६७८९';
const MATHEMATICAL_BOLD = [...'𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗'];
const WHITESPACE = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u3000'];

/** An integer near one of the interesting boundaries. */
const nearBoundary = fc
  .tuple(
    fc.constantFrom(0n, 1n, TWO_53, TWO_63, TWO_64, 10n ** 18n, 10n ** 19n),
    fc.bigInt({ min: -64n, max: 64n }),
  )
  .map(([base, delta]) => base + delta);

/** Any int64-ish value, signed or not, plus a few beyond. */
const wideInteger = fc.oneof(
  nearBoundary,
  fc.bigInt({ min: -TWO_64, max: TWO_64 }),
  fc.bigInt({ min: 1n, max: TWO_63 - 1n }),
);

const decimal = wideInteger.map((value) => value.toString());

/** Replace each ASCII digit with the same digit of another script (or mix scripts per digit). */
function transliterate(text: string, digits: readonly string[]): string {
  return text.replace(/[0-9]/g, (digit) => digits[Number(digit)] ?? digit);
}

const otherScriptDigits = fc
  .tuple(decimal, fc.constantFrom(ARABIC_INDIC, EXTENDED_ARABIC_INDIC, FULLWIDTH, DEVANAGARI))
  .map(([text, script]) => transliterate(text, [...script]))
  .chain((text) => fc.oneof(fc.constant(text), fc.constant(transliterate(text, MATHEMATICAL_BOLD))));

/** One non-ASCII digit swapped into an otherwise valid id. */
const oneForeignDigit = fc
  .tuple(
    fc.bigInt({ min: 1n, max: TWO_63 - 1n }),
    fc.nat(),
    fc.constantFrom(...ARABIC_INDIC, ...FULLWIDTH, ...DEVANAGARI),
  )
  .map(([value, at, digit]) => {
    const text = value.toString();
    const index = at % text.length;
    return text.slice(0, index) + digit + text.slice(index + 1);
  });

const leadingZeros = fc
  .tuple(fc.integer({ min: 1, max: 40 }), wideInteger)
  .map(([zeros, value]) => '0'.repeat(zeros) + (value < 0n ? -value : value).toString());

const signed = fc
  .tuple(fc.constantFrom('+', '-', '−', '--', '+-'), fc.bigInt({ min: 0n, max: TWO_63 }))
  .map(([sign, value]) => sign + value.toString());

const exponent = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom('e', 'E', 'e+', 'e-'),
    fc.integer({ min: 0, max: 25 }),
  )
  .map(([mantissa, marker, power]) => `${mantissa}${marker}${power}`);

const decimalPoint = fc
  .tuple(decimal, fc.constantFrom('.0', '.', '.5', ',0', '.000'))
  .map(([text, tail]) => text + tail);

const hexOrBinary = fc
  .tuple(fc.constantFrom('0x', '0X', '0b', '0o', '#'), fc.bigInt({ min: 1n, max: TWO_63 }))
  .map(([prefix, value]) => prefix + value.toString(prefix.includes('x') || prefix === '#' ? 16 : 8));

const withWhitespace = fc
  .tuple(decimal, fc.constantFrom(...WHITESPACE), fc.constantFrom('before', 'after', 'inside'))
  .map(([text, space, where]) => {
    if (where === 'before') return space + text;
    if (where === 'after') return text + space;
    const middle = Math.floor(text.length / 2);
    return text.slice(0, middle) + space + text.slice(middle);
  });

const separators = fc
  .tuple(fc.bigInt({ min: 1000n, max: TWO_63 - 1n }), fc.constantFrom('_', ',', "'", ' '))
  .map(([value, separator]) => value.toLocaleString('en-US').replaceAll(',', separator));

const long = fc.oneof(
  fc.integer({ min: 20, max: 400 }).map((length) => '9'.repeat(length)),
  fc.integer({ min: 20, max: 400 }).map((length) => `${'0'.repeat(length)}1`),
  fc.integer({ min: 1, max: 4000 }).map((length) => '1'.repeat(length)),
);

const specials = fc.constantFrom(
  '',
  '0',
  '00',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '1n',
  '9223372036854775807n',
  '\u0000',
  '1\u0000',
  '１',
  '٧',
);

const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** Every kind of candidate id, valid and invalid, as a string. */
export const fileIdCandidate: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: decimal, weight: 6 },
  { arbitrary: leadingZeros, weight: 3 },
  { arbitrary: otherScriptDigits, weight: 2 },
  { arbitrary: oneForeignDigit, weight: 2 },
  { arbitrary: signed, weight: 2 },
  { arbitrary: exponent, weight: 1 },
  { arbitrary: decimalPoint, weight: 1 },
  { arbitrary: hexOrBinary, weight: 1 },
  { arbitrary: withWhitespace, weight: 2 },
  { arbitrary: separators, weight: 1 },
  { arbitrary: long, weight: 1 },
  { arbitrary: specials, weight: 1 },
  { arbitrary: anyText, weight: 2 },
);

/** Candidates that are JSON numbers rather than strings (as a GraphQL variable may be). */
export const numericCandidate: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10, max: 2 ** 31 }),
  fc.constantFrom(0, -0, 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 63, 1e21, 0.5, 1.5, -1, 1e-7),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.maxSafeInteger(),
);

/** The text of an integer literal that may or may not fit: int64 boundaries and friends. */
export const integerLiteralCandidate: fc.Arbitrary<string> = wideInteger.map((value) => value.toString());
