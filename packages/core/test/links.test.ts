import { describe, expect, it } from 'vitest';
import { DEFAULT_DOWNLOAD_HOSTS, isAllowedDownloadUrl, parseSignedUrlExpiry } from '../src/index.js';

describe('isAllowedDownloadUrl', () => {
  const base = new URL('https://api.minimax.io');
  const allowed = (link: string, patterns: readonly string[] = DEFAULT_DOWNLOAD_HOSTS) =>
    isAllowedDownloadUrl(new URL(link), base, patterns);

  it.each([
    'https://api.minimax.io/v1/files/x',
    'https://public-cdn-video-data-algeng.oss-cn-wulanchabu.aliyuncs.com/a.mp4?Expires=1',
    'https://filecdn.minimax.chat/a.wav',
    'https://cdn.minimaxi.com/a.wav',
    'https://a.b.minimax.io/a.wav',
    'https://API.MINIMAX.IO/x',
  ])('allows %s by default', (link) => {
    expect(allowed(link)).toBe(true);
  });

  it.each([
    'https://minimax.io.evil.com/a',
    'https://evilminimax.io/a',
    'https://aliyuncs.com.evil.com/a',
    'http://169.254.169.254/latest/meta-data',
    'http://localhost:8080/a',
    'file:///etc/passwd',
    'ftp://cdn.minimax.io/a',
    'https://user:pw@cdn.minimax.io/a',
  ])('refuses %s by default', (link) => {
    expect(allowed(link)).toBe(false);
  });

  it("allows the base URL's own host only on its own port", () => {
    const local = new URL('http://127.0.0.1:4010');
    expect(isAllowedDownloadUrl(new URL('http://127.0.0.1:4010/storage/1'), local, [])).toBe(true);
    expect(isAllowedDownloadUrl(new URL('http://127.0.0.1:9999/admin'), local, [])).toBe(false);
  });

  it('matches exact hosts, ports and wildcards as configured', () => {
    expect(allowed('http://localhost:8080/a', ['localhost'])).toBe(true);
    expect(allowed('http://localhost:8080/a', ['localhost:8080'])).toBe(true);
    expect(allowed('http://localhost:8081/a', ['localhost:8080'])).toBe(false);
    expect(allowed('https://example.com/a', ['*.example.com'])).toBe(false);
    expect(allowed('https://x.example.com/a', ['*.example.com'])).toBe(true);
  });
});

describe('parseSignedUrlExpiry', () => {
  it('reads OSS V1 Expires= (Unix seconds)', () => {
    expect(parseSignedUrlExpiry('https://b.aliyuncs.com/a?Expires=1732099999&Signature=x')).toEqual(
      new Date(1732099999000),
    );
  });

  it('reads the relative V4 forms', () => {
    expect(
      parseSignedUrlExpiry('https://b.aliyuncs.com/a?x-oss-date=20240102T030405Z&x-oss-expires=3600'),
    ).toEqual(new Date('2024-01-02T04:04:05Z'));
    expect(parseSignedUrlExpiry('https://s3.test/a?X-Amz-Date=20240102T030405Z&X-Amz-Expires=60')).toEqual(
      new Date('2024-01-02T03:05:05Z'),
    );
  });

  it.each(['https://x.test/a', 'https://x.test/a?Expires=soon', 'not a url', 'https://x.test/a?Expires=-5'])(
    'says nothing for %s',
    (link) => {
      expect(parseSignedUrlExpiry(link)).toBeUndefined();
    },
  );
});
