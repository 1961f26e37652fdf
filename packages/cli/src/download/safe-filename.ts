/**
 * Longest name we write, in UTF-8 bytes: NAME_MAX (255 on Linux, macOS and Windows) less room for the
 * `.part` and `.part.json` suffixes of an unfinished download, so that those names fit too.
 */
export const MAX_FILENAME_BYTES = 240;
/** An extension longer than this is not one (a dot inside a long name): it is cut with the rest. */
const MAX_EXTENSION_BYTES = 24;

// Control characters (C0, DEL, C1), format characters (bidi overrides and isolates, zero-width joiners, BOM:
// they make `evil\u202Egnp.exe` look like `evilexe.png`), line/paragraph separators and lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
// Reserved on Windows or by shells' globbing habits; harmless to replace anywhere.
const RESERVED = /[<>:"|?*]/g;

/**
 * A file name from the upstream made safe to create in a target directory: no directory parts (only the last
 * `/` or `\` segment is kept), no control or bidi characters, no leading dots (no hidden or `.`/`..` names),
 * no leading `-` or `~` (they become `_`), no trailing dots or spaces, at most MAX_FILENAME_BYTES of UTF-8 (cut at a character, the extension kept).
 * Whatever is left empty falls back to `file-<id>`.
 */
export function safeFilename(upstreamName: string, fileId: string): string {
  const lastSegment = upstreamName.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  const cleaned = lastSegment
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '')
    // A leading `-` reads as an option to `rm *` and friends, a leading `~` as a home directory.
    .replace(/^[-~]/u, '_');
  const name = cleaned === '' ? `file-${fileId}` : cleaned;
  return fitBytes(name, MAX_FILENAME_BYTES);
}

/** Cuts the stem (never inside a character) so that the whole name fits in `limit` UTF-8 bytes. */
function fitBytes(name: string, limit: number): string {
  if (utf8Length(name) <= limit) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && utf8Length(name.slice(dot)) <= MAX_EXTENSION_BYTES ? name.slice(dot) : '';
  const stem = extension === '' ? name : name.slice(0, dot);
  let budget = limit - utf8Length(extension);
  let kept = '';
  for (const character of stem) {
    budget -= utf8Length(character);
    if (budget < 0) break;
    kept += character;
  }
  return `${kept.replace(/[\s.]+$/u, '')}${extension}`;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
