import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './content-type.js';

describe('contentTypeFor', () => {
  it.each([
    ['output_aigc.mp4', 'video/mp4'],
    ['speech.WAV', 'audio/wav'],
    ['语音 合成.mp3', 'audio/mpeg'],
    ['archive.tar', 'application/x-tar'],
    ['no-extension', 'application/octet-stream'],
    ['weird.xyz', 'application/octet-stream'],
    ['.mp3.exe', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name)).toBe(type);
  });
});
