// RFC 5987 attr-char: what may appear unencoded in `filename*`.
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

import { shortenFilename } from '@minimax-files/core';

// Control (Cc), format (Cf: bidi overrides and isolates, zero-width characters) and line or paragraph separators
// (Zl, Zp): invisible or reordering characters that make the saved name differ from the one shown.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * `Content-Disposition: attachment` for a stored filename (RFC 6266): a plain `filename="…"` every client
 * understands, plus `filename*=UTF-8''…` (RFC 5987) carrying the exact name when it is not plain ASCII, or when
 * the plain one holds `%` or `=?` (which browsers would percent- or RFC 2047-decode into another name).
 * Path separators, control, format and separator characters never reach the client's file system.
 */
export function contentDisposition(filename: string): string {
  const name = safeName(filename);
  const fallback = asciiFallback(name);
  const header = `attachment; filename="${fallback}"`;
  const decodable = fallback.includes('%') || fallback.includes('=?');
  return fallback === name && !decodable ? header : `${header}; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** The name as it may be saved: unsafe characters gone, separators replaced, at most core's MAX_FILENAME_CHARS. */
export function safeName(filename: string): string {
  const cleaned = filename.replace(UNSAFE_CHARS, '').replace(/[/\\]/g, '_').trim();
  const name = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'download' : cleaned;
  return shortenFilename(name);
}

/**
 * Printable ASCII only, without the quote and backslash that quoted-string would need escaped, and without `%`
 * (Chromium percent-decodes a plain filename: `%2F` would become a slash).
 */
function asciiFallback(name: string): string {
  return Array.from(name, (char) =>
    /^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\' && char !== '%' ? char : '_',
  ).join('');
}

function encodeRfc5987(name: string): string {
  let encoded = '';
  for (const byte of new TextEncoder().encode(name)) {
    const char = String.fromCharCode(byte);
    encoded +=
      byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
