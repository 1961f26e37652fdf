import { writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';

/**
 * What an unfinished download was of, kept beside its `NAME.part` as `NAME.part.json`: the id and the total
 * size the upstream announced when it started. `--resume` compares them with what the upstream says now, so a
 * file that changed size in between is refused instead of being stitched from two versions.
 */
export interface PartialRecord {
  id: string;
  /** null: the upstream did not say how big the file is. */
  totalBytes: number | null;
}

export function recordPathOf(partPath: string): string {
  return `${partPath}.json`;
}

export async function readPartialRecord(partPath: string): Promise<PartialRecord | undefined> {
  let text: string;
  try {
    text = await readFile(recordPathOf(partPath), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<PartialRecord>;
    const totalOk = parsed.totalBytes === null || Number.isSafeInteger(parsed.totalBytes);
    if (typeof parsed.id === 'string' && totalOk)
      return { id: parsed.id, totalBytes: parsed.totalBytes ?? null };
  } catch {
    // an unreadable record is as good as none
  }
  return undefined;
}

/** Synchronous: it is written between the answer's arrival and the piping of its body (a few bytes). */
export function writePartialRecord(partPath: string, record: PartialRecord): void {
  writeFileSync(recordPathOf(partPath), `${JSON.stringify(record)}\n`);
}

export async function removePartial(partPath: string): Promise<void> {
  await rm(partPath, { force: true });
  await rm(recordPathOf(partPath), { force: true });
}
