/**
 * The longest filename shown or sent, in characters: file systems stop at 255 bytes, and a 50,000-character name
 * made a download header no proxy or browser accepts and a 314 KB page.
 */
export const MAX_FILENAME_CHARS = 120;

/** A name cut to `max` characters (an ellipsis in the cut), keeping a short extension so the type stays visible. */
export function shortenFilename(name: string, max = MAX_FILENAME_CHARS): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? Array.from(name.slice(dot)) : [];
  return [...chars.slice(0, max - extension.length - 1), '…', ...extension].join('');
}
