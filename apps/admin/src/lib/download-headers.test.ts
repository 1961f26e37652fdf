import { describe, expect, it } from 'vitest';
import { copyHeaders, dispositionFor, isPlayable, PASSED_THROUGH_HEADERS } from './download-headers';

const nonAscii = `attachment; filename="a.mp3"; filename*=UTF-8''%E9%9F%B3%E5%A3%B0.mp3`;

describe('dispositionFor', () => {
  it('keeps the gateway disposition for a download', () => {
    expect(dispositionFor(nonAscii, 'audio/mpeg', false)).toBe(nonAscii);
  });

  it('makes audio and video inline, keeping the filename parameters', () => {
    expect(dispositionFor(nonAscii, 'audio/mpeg', true)).toBe(
      `inline; filename="a.mp3"; filename*=UTF-8''%E9%9F%B3%E5%A3%B0.mp3`,
    );
    expect(dispositionFor('Attachment; filename="v.mp4"', 'video/mp4', true)).toBe(
      'inline; filename="v.mp4"',
    );
  });

  it('never makes other types inline', () => {
    expect(dispositionFor('attachment; filename="x.html"', 'text/html', true)).toBe(
      'attachment; filename="x.html"',
    );
    expect(dispositionFor(null, 'text/html', true)).toBeNull();
  });
});

describe('isPlayable', () => {
  it('is true for audio/* and video/* only', () => {
    expect(isPlayable('audio/wav')).toBe(true);
    expect(isPlayable('VIDEO/MP4')).toBe(true);
    expect(isPlayable('application/octet-stream')).toBe(false);
    expect(isPlayable(null)).toBe(false);
  });
});

describe('copyHeaders', () => {
  it('copies only the named headers that are present', () => {
    const from = new Headers({
      'content-type': 'audio/wav',
      'content-range': 'bytes 0-9/100',
      'set-cookie': 'x=1',
    });
    const to = new Headers();
    copyHeaders(from, to, PASSED_THROUGH_HEADERS);
    expect([...to.entries()]).toEqual([
      ['content-range', 'bytes 0-9/100'],
      ['content-type', 'audio/wav'],
    ]);
  });
});
