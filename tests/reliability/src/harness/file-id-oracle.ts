/**
 * The reference rule for file ids, written independently of core so the property tests compare two
 * implementations: ASCII digits only, leading zeros accepted and dropped ("007" is 7), 1 ≤ id ≤ 2^63 - 1.
 */
export const MAX_FILE_ID = 2n ** 63n - 1n;

/** The canonical decimal string the id stands for, or null when the input must be rejected. */
export function canonicalFileId(input: string): string | null {
  if (!/^[0-9]+$/.test(input)) return null;
  const value = BigInt(input);
  if (value < 1n || value > MAX_FILE_ID) return null;
  return value.toString();
}
