import { bufferContent, type FileContent, patternContent } from './content.js';
import { generateWav, melody } from './wav.js';

export type Purpose = 'video_generation' | 't2a_async' | 't2a_async_input' | 'voice_clone' | 'prompt_audio';
export const PURPOSES: readonly Purpose[] = [
  'video_generation',
  't2a_async',
  't2a_async_input',
  'voice_clone',
  'prompt_audio',
];

/** Ids of the seeded files, by what makes each one interesting. */
export const SEEDED = {
  /** A 3-second WAV melody, the everyday happy path. */
  speechWav: '302892389810432',
  /** 2^53 + 1: the first integer a JS number cannot hold. */
  beyondSafe: '9007199254740993',
  /** 2^63 - 1: the largest int64. Carries a backup_download_url. */
  maxId: '9223372036854775807',
  /** Filename `会议 录音 – résumé.wav`: non-ASCII with spaces. */
  nonAscii: '318822446730571',
  /** A video reported with `bytes: 0` (unknown size), as MiniMax does for some videos. */
  unknownSize: '302892389810433',
  /** No download_url: only retrieve_content (with the key) serves it. */
  noDownloadUrl: '287613004558210',
  /** The large file streamed from a generator (default 1 GiB, `largeFileBytes`). */
  large: '355160774012928',
  /** Exactly 3 GiB = 3221225472 bytes, above 2^31; generated on the fly if downloaded. */
  over2GiB: '355160774012929',
  /** A small id for examples. */
  small: '42',
  /** A real zero-byte file (bytes: 0 that really means empty). */
  empty: '287613004558211',
  /** A video with both download_url and backup_download_url. */
  withBackup: '302892389810434',
  /** A voice-clone source recording (WAV). */
  voiceClone: '318822446730572',
  /** A prompt audio clip (WAV). */
  promptAudio: '318822446730573',
  /** A text input for async speech synthesis. */
  t2aInput: '287613004558212',
} as const;

/** A valid id that is not in the catalogue (answers "file not found"). */
export const MISSING_FILE_ID = '404404404404';

export const DEFAULT_LARGE_FILE_BYTES = 1024 ** 3;
const THREE_GIB = 3 * 1024 ** 3;

export interface CatalogueEntry {
  id: string;
  filename: string;
  purpose: Purpose;
  createdAt: number;
  /** What retrieve reports as `bytes` (0 for the unknown-size video even though it has content). */
  reportedBytes: number;
  content: FileContent;
  hasDownloadUrl: boolean;
  hasBackupDownloadUrl: boolean;
}

export interface CatalogueOptions {
  largeFileBytes?: number;
}

const CREATED_AT = 1755501139; // a fixed Unix time, so every start lists the same catalogue

export function createCatalogue(options: CatalogueOptions = {}): Map<string, CatalogueEntry> {
  const largeFileBytes = options.largeFileBytes ?? DEFAULT_LARGE_FILE_BYTES;
  const script = Buffer.from(
    'Chapter one. The emulator reads this text aloud, slowly, in a calm voice.\n第一章。慢慢地读。\n',
    'utf8',
  );
  const entries: Omit<CatalogueEntry, 'createdAt'>[] = [
    wav(SEEDED.speechWav, 'speech_output.wav', 't2a_async', [0, 4, 7, 12, 7, 4], true),
    video(SEEDED.beyondSafe, 'output_aigc.mp4', patternContent(512 * 1024 + 17, 1)),
    wav(SEEDED.maxId, 'max_id_tones.wav', 't2a_async', [0, 2, 4, 5, 7, 9], true, true),
    wav(SEEDED.nonAscii, '会议 录音 – résumé.wav', 'voice_clone', [3, 7, 10, 15], true),
    { ...video(SEEDED.unknownSize, 'output.mp4', patternContent(786_432 + 77, 2)), reportedBytes: 0 },
    {
      ...file(SEEDED.noDownloadUrl, 'chapter-02.txt', 't2a_async_input', bufferContent(script)),
      hasDownloadUrl: false,
    },
    video(SEEDED.large, 'large_render.bin', patternContent(largeFileBytes, 3)),
    video(SEEDED.over2GiB, 'master_3GiB.bin', patternContent(THREE_GIB, 4)),
    wav(SEEDED.small, 'a440.wav', 't2a_async', [0, 0, 0, 0], true),
    file(SEEDED.empty, 'empty.txt', 't2a_async_input', bufferContent(Buffer.alloc(0))),
    {
      ...video(SEEDED.withBackup, 'clip_with_backup.mp4', patternContent(96 * 1024 + 5, 5)),
      hasBackupDownloadUrl: true,
    },
    wav(SEEDED.voiceClone, 'my_voice_sample.wav', 'voice_clone', [-5, -3, -1, 0, 2, 4, 6], true),
    wav(SEEDED.promptAudio, 'prompt_clip.wav', 'prompt_audio', [7, 5, 4, 2], true),
    file(SEEDED.t2aInput, 'chapter-01.txt', 't2a_async_input', bufferContent(script)),
  ];
  return new Map(entries.map((entry, index) => [entry.id, { ...entry, createdAt: CREATED_AT + index * 97 }]));
}

function file(
  id: string,
  filename: string,
  purpose: Purpose,
  content: FileContent,
): Omit<CatalogueEntry, 'createdAt'> {
  return {
    id,
    filename,
    purpose,
    content,
    reportedBytes: content.size,
    hasDownloadUrl: true,
    hasBackupDownloadUrl: false,
  };
}

function video(id: string, filename: string, content: FileContent) {
  return file(id, filename, 'video_generation', content);
}

function wav(
  id: string,
  filename: string,
  purpose: Purpose,
  notes: number[],
  hasDownloadUrl: boolean,
  hasBackupDownloadUrl = false,
) {
  const content = bufferContent(generateWav(melody(notes)));
  return { ...file(id, filename, purpose, content), hasDownloadUrl, hasBackupDownloadUrl };
}
