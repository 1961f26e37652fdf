// The kinds of files MiniMax makes and keeps (speech, music, video, images, voice-clone inputs, text). An
// allow-list on purpose rather than a full MIME table (`mime-types`): any other extension is served as
// application/octet-stream, so a stored `page.html` or `tool.exe` never gets a type a browser acts on.
const TYPES_BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  pcm: 'audio/pcm',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mkv: 'video/x-matroska',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  txt: 'text/plain; charset=utf-8',
  srt: 'application/x-subrip',
  json: 'application/json',
  jsonl: 'application/jsonl',
  tar: 'application/x-tar',
  zip: 'application/zip',
  pdf: 'application/pdf',
};

export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** The media type for a filename's extension, or application/octet-stream when it is unknown. */
export function contentTypeFor(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const extension = dot >= 0 ? filename.slice(dot + 1).toLowerCase() : '';
  return TYPES_BY_EXTENSION[extension] ?? FALLBACK_CONTENT_TYPE;
}
