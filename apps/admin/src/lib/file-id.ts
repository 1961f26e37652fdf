/** The largest MiniMax file id: 2^63 - 1. */
export const MAX_FILE_ID = 9223372036854775807n;

export const FILE_ID_RULE = 'A file ID is digits only, from 1 to 9223372036854775807.';

export type FileIdCheck = { ok: true; id: string } | { ok: false; message: string };

/**
 * Checks what an operator typed or pasted: surrounding spaces are trimmed, ASCII digits only,
 * 1 to 2^63-1 compared as BigInt (a Number would round past 2^53), leading zeros dropped.
 */
export function checkFileId(input: string): FileIdCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: `Enter a file ID. ${FILE_ID_RULE}` };
  if (!/^[0-9]+$/.test(trimmed)) return { ok: false, message: FILE_ID_RULE };
  const value = BigInt(trimmed);
  if (value < 1n || value > MAX_FILE_ID) return { ok: false, message: FILE_ID_RULE };
  return { ok: true, id: value.toString() };
}

/** The canonical id, or null when the input is not a valid file id. */
export function canonicalFileId(input: string): string | null {
  const check = checkFileId(input);
  return check.ok ? check.id : null;
}
