import { canonicalFileId } from './file-id';

export interface SplitIds {
  /** Canonical ids in the order first seen, each once. */
  valid: string[];
  /** What was pasted that is not a file id, as typed, each once. */
  invalid: string[];
}

/** Splits a pasted list of ids separated by newlines, commas, semicolons or any whitespace. */
export function splitIds(text: string): SplitIds {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/u)) {
    if (token === '') continue;
    const id = canonicalFileId(token);
    if (id === null) {
      if (!invalid.includes(token)) invalid.push(token);
    } else if (!valid.includes(id)) {
      valid.push(id);
    }
  }
  return { valid, invalid };
}
