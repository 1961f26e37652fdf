import { contentTypeFor, parseRange } from '@minimax-files/http-rules';
import type { CatalogueEntry } from '../catalogue/seeded.js';
import type { Reply } from './reply.js';

/** A file's bytes as object storage serves them: Content-Type from the extension, Range honoured. */
export function contentReply(entry: CatalogueEntry, rangeHeader: string | undefined): Reply {
  const { content } = entry;
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(entry.filename),
    'Accept-Ranges': 'bytes',
    'Last-Modified': new Date(entry.createdAt * 1000).toUTCString(),
    ETag: `"${entry.id}-${content.size}"`,
  };
  const range = parseRange(rangeHeader, content.size);
  if (range.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: {
        ...headers,
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Range': `bytes */${content.size}`,
      },
      body: Buffer.from('Range Not Satisfiable'),
    };
  }
  if (range.kind === 'range') {
    // With the size known, parseRange always places the end.
    const { start, end = content.size - 1 } = range.range;
    return {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${content.size}` },
      body: { length: end - start + 1, chunks: content.chunks(start, end) },
    };
  }
  return {
    status: 200,
    headers,
    body: { length: content.size, chunks: content.size > 0 ? content.chunks(0, content.size - 1) : [] },
  };
}
