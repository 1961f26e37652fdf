// RFC 5987 attr-char: what may appear unencoded in `filename*`.
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

/**
 * `Content-Disposition: attachment` for a stored filename (RFC 6266): a plain `filename="…"` every client
 * understands, plus `filename*=UTF-8''…` (RFC 5987) carrying the exact name when it is not plain ASCII.
 * Path separators and control characters never reach the client's file system.
 */
export function contentDisposition(filename: string): string {
  const name = safeName(filename);
  const fallback = asciiFallback(name);
  const header = `attachment; filename="${fallback}"`;
  return fallback === name ? header : `${header}; filename*=UTF-8''${encodeRfc5987(name)}`;
}

function safeName(filename: string): string {
  const cleaned = Array.from(filename)
    .filter((char) => !isControl(char))
    .join('')
    .replace(/[/\\]/g, '_')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'download' : cleaned;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** Printable ASCII only, without the quote and backslash that quoted-string would need escaped. */
function asciiFallback(name: string): string {
  return Array.from(name, (char) =>
    /^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\' ? char : '_',
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
