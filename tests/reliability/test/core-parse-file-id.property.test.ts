import { InvalidFileIdError, parseFileId } from '@minimax-files/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { record } from '../src/figures.js';
import { fileIdCandidate, numericCandidate } from '../src/harness/file-id-arbitraries.js';
import { canonicalFileId, MAX_FILE_ID } from '../src/harness/file-id-oracle.js';

/** Calls parseFileId and says what happened, so a property can tell "rejected properly" from "blew up". */
function outcome(input: unknown): { accepted: string } | { rejected: true } | { escaped: unknown } {
  try {
    return { accepted: parseFileId(input) };
  } catch (error) {
    if (error instanceof InvalidFileIdError && error.kind === 'InvalidFileId' && error.retryable === false) {
      return { rejected: true };
    }
    return { escaped: error };
  }
}

const STRING_RUNS = 8_000;
const BIGINT_RUNS = 1_000;
const NUMBER_RUNS = 1_000;
const OTHER_RUNS = 500;

describe('core parseFileId against the reference rule', () => {
  it(`accepts exactly the canonical ids among ${STRING_RUNS} generated strings`, ({ task }) => {
    fc.assert(
      fc.property(fileIdCandidate, (input) => {
        const expected = canonicalFileId(input);
        expect(outcome(input)).toEqual(expected === null ? { rejected: true } : { accepted: expected });
      }),
      { numRuns: STRING_RUNS },
    );
    record(task, { inputsTried: STRING_RUNS });
  });

  it('pins the documented edges', () => {
    expect(outcome('9223372036854775807')).toEqual({ accepted: '9223372036854775807' });
    expect(outcome('9223372036854775808')).toEqual({ rejected: true });
    expect(outcome('9007199254740993')).toEqual({ accepted: '9007199254740993' });
    expect(outcome('007')).toEqual({ accepted: '7' });
    expect(outcome('0000000000000000000000000009223372036854775807')).toEqual({
      accepted: '9223372036854775807',
    });
    for (const rejected of ['0', '000', '', ' 1', '1 ', '+1', '-1', '1e3', '1.0', '٧', '１', '0x10']) {
      expect(outcome(rejected), JSON.stringify(rejected)).toEqual({ rejected: true });
    }
  });

  it(`takes bigints in range exactly and rejects the rest (${BIGINT_RUNS} runs)`, ({ task }) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 65n), max: 2n ** 65n }), (value) => {
        const valid = value >= 1n && value <= MAX_FILE_ID;
        expect(outcome(value)).toEqual(valid ? { accepted: value.toString() } : { rejected: true });
      }),
      { numRuns: BIGINT_RUNS },
    );
    record(task, { inputsTried: BIGINT_RUNS });
  });

  it(`never rounds a number: safe positive integers exactly, everything else rejected (${NUMBER_RUNS} runs)`, ({
    task,
  }) => {
    fc.assert(
      fc.property(numericCandidate, (value) => {
        const result = outcome(value);
        if (Number.isSafeInteger(value) && value >= 1) {
          expect(result).toEqual({ accepted: String(value) });
        } else if (Number.isInteger(value) && value >= 1 && BigInt(value) <= MAX_FILE_ID) {
          // Above 2^53 a number may already be a rounded id: rejecting it is right, accepting must be exact.
          expect(result).toSatisfy(
            (r: ReturnType<typeof outcome>) =>
              'rejected' in r || ('accepted' in r && r.accepted === BigInt(value).toString()),
          );
        } else {
          expect(result).toEqual({ rejected: true });
        }
      }),
      { numRuns: NUMBER_RUNS },
    );
    record(task, { inputsTried: NUMBER_RUNS });
  });

  it(`rejects every other type with InvalidFileIdError, never another exception (${OTHER_RUNS} runs)`, ({
    task,
  }) => {
    const others = fc.oneof(
      fc.constantFrom(
        null,
        undefined,
        true,
        false,
        Symbol('id'),
        () => 1,
        Number.NaN,
        Number.POSITIVE_INFINITY,
      ),
      fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
      fc.object({ maxDepth: 1 }),
      fc.constant({ toString: () => '42' }),
      fc.constant({
        valueOf: () => {
          throw new Error('hostile valueOf');
        },
      }),
      fc.constant(Object.create(null)),
      fc.date(),
    );
    fc.assert(
      fc.property(others, (value) => {
        expect(outcome(value)).toEqual({ rejected: true });
      }),
      { numRuns: OTHER_RUNS },
    );
    record(task, { inputsTried: OTHER_RUNS });
  });
});
