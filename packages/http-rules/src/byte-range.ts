/** An inclusive byte range, as core's `download({ range })` takes it. */
export interface ByteRange {
  start: number;
  end?: number;
}

const MAX_OFFSET = BigInt(Number.MAX_SAFE_INTEGER);

export type RangeRequest = { kind: 'none' } | { kind: 'range'; range: ByteRange } | { kind: 'unsatisfiable' };

/**
 * Reads a `Range` header (RFC 9110 §14.2) for a body of `size` bytes (undefined when unknown). One range only:
 * several ranges, other units or syntax errors are ignored, which the RFC allows (the whole body is sent).
 * A suffix range (`bytes=-500`) needs the size, so without it the header is ignored too.
 */
export function parseRange(header: string | null | undefined, size: number | undefined): RangeRequest {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return { kind: 'none' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'none' };

  if (first === '') {
    if (size === undefined) return { kind: 'none' };
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', range: { start: Math.max(0, size - length), end: size - 1 } };
  }

  // No file reaches 2^53 bytes: a start beyond that is past any end, an end beyond it means "to the end".
  if (BigInt(first) > MAX_OFFSET) return { kind: 'unsatisfiable' };
  const start = Number(first);
  const end = last === '' || BigInt(last) > MAX_OFFSET ? undefined : Number(last);
  if (end !== undefined && end < start) return { kind: 'none' };
  if (size !== undefined && start >= size) return { kind: 'unsatisfiable' };
  const clampedEnd = size !== undefined && (end === undefined || end >= size) ? size - 1 : end;
  return { kind: 'range', range: clampedEnd === undefined ? { start } : { start, end: clampedEnd } };
}
