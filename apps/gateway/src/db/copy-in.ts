import type { Kysely } from 'kysely';

/** Runs `COPY … FROM '/dev/blob'` with `text` as the data (COPY's text format). */
export type CopyIn = (statement: string, text: string) => Promise<void>;

// Keyed by the Kysely instance, whatever its table types.
const copiers = new WeakMap<object, CopyIn>();

/** Called by `openDatabase` for the embedded engine: PGlite takes COPY's data as a blob beside the statement. */
export function registerCopyIn<T>(db: Kysely<T>, copyIn: CopyIn): void {
  copiers.set(db, copyIn);
}

/**
 * The embedded engine's COPY for a database opened by `openDatabase`; undefined on PostgreSQL (the `pg` driver
 * has no COPY FROM without another package, and there the rows are the server's work, off the gateway's core).
 */
export function copyInOf<T>(db: Kysely<T>): CopyIn | undefined {
  return copiers.get(db);
}

/**
 * Rows in COPY's text format: tab-separated, `\N` for null, backslash escapes for the four characters that would
 * break a field or a line. Dates as ISO 8601 (UTC), numbers and strings as they are.
 */
export function copyText<Row>(rows: readonly Row[], columns: readonly (keyof Row)[]): string {
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) text += '\t';
      text += copyField(row[columns[i] as keyof Row]);
    }
    text += '\n';
  }
  return text;
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (char) => ESCAPES[char] as string) : text;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
