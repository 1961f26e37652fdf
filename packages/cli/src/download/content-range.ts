/** `Content-Range: bytes START-END/TOTAL` (TOTAL may be `*`); undefined when it is not of that shape. */
export function parseContentRange(
  header: string | undefined,
): { start: number; end: number; total: number | null } | undefined {
  const match = header === undefined ? null : /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(header.trim());
  if (!match) return undefined;
  const [, start, end, total] = match;
  return { start: Number(start), end: Number(end), total: total === '*' ? null : Number(total) };
}
