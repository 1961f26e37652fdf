import { shortenFilename } from '@minimax-files/core';
import createContentDisposition from 'content-disposition';

// Control (Cc), format (Cf: bidi overrides and isolates, zero-width characters) and line or paragraph separators
// (Zl, Zp): invisible or reordering characters that make the saved name differ from the one shown.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * `Content-Disposition: attachment` for a stored filename (RFC 6266), written by the `content-disposition` library:
 * a plain `filename="…"` every client understands, plus `filename*=UTF-8''…` (RFC 5987) carrying the exact name
 * whenever the plain one differs from it. What the library leaves to us is what may be saved (`safeName`) and the
 * plain fallback (`asciiFallback`). Path separators, control, format and separator characters never reach the
 * client's file system.
 */
export function contentDisposition(filename: string): string {
  const name = safeName(filename);
  return createContentDisposition(name, { type: 'attachment', fallback: asciiFallback(name) });
}

/** The name as it may be saved: unsafe characters gone, separators replaced, at most core's MAX_FILENAME_CHARS. */
export function safeName(filename: string): string {
  const cleaned = filename.replace(UNSAFE_CHARS, '').replace(/[/\\]/g, '_').trim();
  const name = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'download' : cleaned;
  return shortenFilename(name);
}

/**
 * Printable ASCII only, without the quote and backslash that quoted-string would need escaped, without `%`
 * (Chromium percent-decodes a plain filename: `%2F` would become a slash) and without the `=?` that opens an
 * RFC 2047 encoded word (which some clients decode into another name). Any such change makes the fallback differ
 * from the name, so the library adds `filename*` with the exact name.
 */
function asciiFallback(name: string): string {
  return Array.from(name, (char) =>
    /^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\' && char !== '%' ? char : '_',
  )
    .join('')
    .replaceAll('=?', '=_');
}
