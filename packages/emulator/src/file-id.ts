const MAX_INT64 = 2n ** 63n - 1n;

export type FileIdParam = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'ok'; id: string };

/**
 * The `file_id` query parameter as MiniMax's int64 parser sees it: ASCII digits within int64. Not core's
 * `parseFileId` on purpose: this is the server's rule, which takes 0 as well-formed ("file not found") where the
 * client refuses it before any request; and core cannot be a dependency here, since core's tests depend on the
 * emulator (a package cycle).
 * Leading zeros are dropped (`007` is 7); 0 is well-formed but never a file.
 */
export function parseFileIdParam(raw: string | null): FileIdParam {
  if (raw === null || raw === '') return { kind: 'missing' };
  if (!/^\d{1,25}$/.test(raw)) return { kind: 'malformed' };
  const value = BigInt(raw);
  if (value > MAX_INT64) return { kind: 'malformed' };
  return { kind: 'ok', id: value.toString() };
}
