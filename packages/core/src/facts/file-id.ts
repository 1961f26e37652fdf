import { InvalidFileIdError } from './errors.js';

/** 2^63 - 1: MiniMax ids are positive signed 64-bit integers. */
export const MAX_FILE_ID = '9223372036854775807';
const MAX_FILE_ID_BIGINT = 9223372036854775807n;
const ASCII_DIGITS = /^[0-9]+$/;

/** The rule in one sentence, for people (form hints, CLI usage errors). */
export const FILE_ID_RULE = `A file ID is digits only, from 1 to ${MAX_FILE_ID}.`;

export type FileIdCheck = { ok: true; id: string } | { ok: false; message: string };

/** `parseFileId` without the exception, for forms that show the rule beside the field. */
export function checkFileId(input: unknown): FileIdCheck {
  try {
    return { ok: true, id: parseFileId(input) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/**
 * The canonical decimal string of a MiniMax file id, or an InvalidFileIdError (never any other exception).
 * Accepts ASCII-digit strings (leading zeros are dropped: "007" is 7), bigints, and numbers only when they are
 * safe integers (a larger number has already lost digits). 0, signs, spaces, decimals, exponents and other
 * scripts' digits are refused.
 */
export function parseFileId(input: unknown): string {
  if (typeof input === 'string') {
    if (ASCII_DIGITS.test(input)) {
      const digits = stripLeadingZeros(input);
      if (digits !== '' && fitsInt63(digits)) return digits;
    }
  } else if (typeof input === 'bigint') {
    if (input >= 1n && input <= MAX_FILE_ID_BIGINT) return input.toString();
  } else if (typeof input === 'number') {
    if (Number.isSafeInteger(input) && input >= 1) return String(input);
  }
  throw new InvalidFileIdError(
    `Invalid file id ${describe(input)}: expected a decimal integer from 1 to ${MAX_FILE_ID}`,
  );
}

function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  return digits.slice(start);
}

function fitsInt63(digits: string): boolean {
  // Same-length decimal strings compare like the numbers they spell.
  return (
    digits.length < MAX_FILE_ID.length || (digits.length === MAX_FILE_ID.length && digits <= MAX_FILE_ID)
  );
}

const MAX_ECHO = 40;

function describe(input: unknown): string {
  if (typeof input === 'string') {
    const shown = input.length > MAX_ECHO ? `${input.slice(0, MAX_ECHO)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'bigint') return `${input}n`;
  if (typeof input === 'number') return String(input);
  return `of type ${input === null ? 'null' : typeof input}`;
}
