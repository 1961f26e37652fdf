import { bufferContent, type FileContent } from './content.js';
import type { CatalogueEntry, Purpose } from './seeded.js';
import { generateWav, melody } from './wav.js';

/** Far above any account a test or bench needs, low enough that the catalogue stays well under 1 GiB. */
export const MAX_GENERATED_FILES = 1_000_000;

/** Every third generated id lies above 2^53 (where a JS number would round it), the others below. */
const SMALL_ID_BASE = 600_000_000_000_000n;
const LARGE_ID_BASE = 9_100_000_000_000_000n; // > 2^53 = 9007199254740992, < 2^63
const IDS_PER_PURPOSE = 1_000_000_000_000n;
const NEWEST_CREATED_AT = 1_764_000_000; // fixed, so every start lists the same account
const EXTENSIONS: Record<Purpose, string> = {
  voice_clone: 'wav',
  prompt_audio: 'wav',
  t2a_async: 'wav',
  t2a_async_input: 'txt',
  video_generation: 'mp4',
};

/**
 * Contents are shared by all generated files (a handful of sizes per kind), so 1,000,000 files cost their
 * entries only. Audio is real, playable WAV; text is UTF-8; video is a small blob.
 */
let shared: Record<'wav' | 'txt' | 'mp4', FileContent[]> | undefined;

function contents(): Record<'wav' | 'txt' | 'mp4', FileContent[]> {
  shared ??= {
    wav: [
      [0, 4, 7],
      [2, 5, 9, 12],
      [0, 3, 7, 10, 12],
      [7, 5, 4, 2, 0, -1],
    ].map((notes) => bufferContent(generateWav(melody(notes)))),
    txt: [1, 3, 9].map((lines) =>
      bufferContent(
        Buffer.from('A generated line of text to read aloud. 生成的文本。\n'.repeat(lines), 'utf8'),
      ),
    ),
    mp4: [4096, 65_536].map((size) => bufferContent(Buffer.alloc(size, 0x2a))),
  };
  return shared;
}

/**
 * `count` deterministic files of one purpose: ids exact and unique per purpose and index (none collides with
 * the seeded ones), newest first, filenames that sort differently from ids and dates.
 */
export function generateFiles(purpose: Purpose, purposeIndex: number, count: number): CatalogueEntry[] {
  const extension = EXTENSIONS[purpose];
  const pool = contents()[extension as 'wav' | 'txt' | 'mp4'];
  const offset = BigInt(purposeIndex) * IDS_PER_PURPOSE;
  const entries: CatalogueEntry[] = [];
  for (let index = 0; index < count; index++) {
    const base = index % 3 === 0 ? LARGE_ID_BASE : SMALL_ID_BASE;
    const content = pool[index % pool.length] as FileContent;
    entries.push({
      id: (base + offset + BigInt(index)).toString(),
      filename: `${purpose}-${String((index * 7_919) % 1_000_003).padStart(7, '0')}.${extension}`,
      purpose,
      createdAt: NEWEST_CREATED_AT - index * 61,
      reportedBytes: content.size,
      content,
      hasDownloadUrl: true,
      hasBackupDownloadUrl: false,
    });
  }
  return entries;
}
