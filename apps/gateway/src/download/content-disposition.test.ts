import { MAX_FILENAME_CHARS } from '@minimax-files/core';
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

  // Issue 10 item 7: hostile names.
  it('caps a 50,000-character name, keeping its extension', () => {
    const header = contentDisposition(`${'a'.repeat(50_000)}.mp4`);
    expect(header.length).toBeLessThan(1_000);
    expect(decodeFilenameStar(header)).toMatch(/^a+….mp4$/);
    expect(Array.from(decodeFilenameStar(header) ?? '').length).toBe(MAX_FILENAME_CHARS);
  });

  it('strips bidi overrides, format characters and line separators', () => {
    const header = contentDisposition('invoice\u202Efdp.exe\u2028\u200B\u2066x\u2069.txt');
    expect(decodeFilenameStar(header) ?? /filename="([^"]*)"/.exec(header)?.[1]).toBe('invoicefdp.exex.txt');
    expect(header).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029\u200b]/);
  });

  it('adds filename* whenever the plain name holds % or =?, so no browser decodes it into another name', () => {
    const encoded = contentDisposition('=?UTF-8?B?ZXZpbC5leGU=?=.txt');
    expect(encoded).toContain("filename*=UTF-8''");
    expect(decodeFilenameStar(encoded)).toBe('=?UTF-8?B?ZXZpbC5leGU=?=.txt');
    const percent = contentDisposition('a%2Fb.txt');
    expect(percent).toContain('filename="a_2Fb.txt"');
    expect(decodeFilenameStar(percent)).toBe('a%2Fb.txt');
  });
});
