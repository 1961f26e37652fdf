import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

/** What a browser does with filename* (RFC 5987): UTF-8 bytes, percent-decoded. */
function decodeFilenameStar(header: string): string | undefined {
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

describe('contentDisposition', () => {
  it('keeps plain ASCII names as a quoted filename only', () => {
    expect(contentDisposition('output_aigc.mp4')).toBe('attachment; filename="output_aigc.mp4"');
    expect(contentDisposition('my speech (1).wav')).toBe('attachment; filename="my speech (1).wav"');
  });

  it('adds filename* with the exact UTF-8 name, and an ASCII fallback, for non-ASCII names', () => {
    const header = contentDisposition('语音合成 – café.mp3');
    expect(header).toBe(
      `attachment; filename="____ _ caf_.mp3"; filename*=UTF-8''%E8%AF%AD%E9%9F%B3%E5%90%88%E6%88%90%20%E2%80%93%20caf%C3%A9.mp3`,
    );
    expect(decodeFilenameStar(header)).toBe('语音合成 – café.mp3');
  });

  it('never lets quotes, backslashes or separators break out of the header or the folder', () => {
    const header = contentDisposition('a"b\\c/../d;e.txt');
    expect(header.startsWith('attachment; filename="a_b_c_.._d;e.txt"')).toBe(true);
    expect(decodeFilenameStar(header)).toBe('a"b_c_.._d;e.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(contentDisposition('evil\r\nSet-Cookie: x=1.txt')).toBe(
      'attachment; filename="evilSet-Cookie: x=1.txt"',
    );
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    const header = contentDisposition("it's (100%) *ok* é.mp3");
    expect(header).toContain("filename*=UTF-8''it%27s%20%28100%25%29%20%2Aok%2A%20%C3%A9.mp3");
    expect(decodeFilenameStar(header)).toBe("it's (100%) *ok* é.mp3");
    expect(contentDisposition("it's.mp3")).toBe(`attachment; filename="it's.mp3"`);
  });

  it('names an empty or dot-only filename "download"', () => {
    expect(contentDisposition('')).toBe('attachment; filename="download"');
    expect(contentDisposition('..')).toBe('attachment; filename="download"');
  });
});
