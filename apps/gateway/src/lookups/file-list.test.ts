import type { MiniMaxFile } from '@minimax-files/core';
import { describe, expect, it } from 'vitest';
import { fileListView, totalBytes } from './file-list.js';
import { newestFirst } from './file-order.js';

function file(id: string, filename: string, createdAtSeconds: number, bytes = 10): MiniMaxFile {
  return { id, filename, bytes, purpose: 'voice_clone', createdAt: new Date(createdAtSeconds * 1000) };
}

const FILES = [
  file('9007199254740993', 'Beta.wav', 100, 300),
  file('9007199254740992', 'alpha.wav', 100, 100),
  file('42', 'gamma 10.mp3', 300, 0),
  file('9223372036854775807', 'gamma 9.mp3', 200, 200),
].sort(newestFirst);

const ids = (files: readonly MiniMaxFile[]) => files.map((f) => f.id);

describe('fileListView', () => {
  it('is newest first by default, ties broken by the larger id (exact past 2^53)', () => {
    const view = fileListView('voice_clone', FILES, { orderBy: { field: 'CREATED_AT', direction: 'DESC' } });
    expect(ids(view.files)).toEqual(['42', '9223372036854775807', '9007199254740993', '9007199254740992']);
  });

  it('sorts by filename ignoring case, numbers in names compared as numbers', () => {
    const view = fileListView('voice_clone', FILES, { orderBy: { field: 'FILENAME', direction: 'ASC' } });
    expect(view.files.map((f) => f.filename)).toEqual([
      'alpha.wav',
      'Beta.wav',
      'gamma 9.mp3',
      'gamma 10.mp3',
    ]);
  });

  it('sorts by id and by size in both directions', () => {
    const byId = fileListView('voice_clone', FILES, { orderBy: { field: 'ID', direction: 'ASC' } });
    expect(ids(byId.files)).toEqual(['42', '9007199254740992', '9007199254740993', '9223372036854775807']);
    const bySize = fileListView('voice_clone', FILES, { orderBy: { field: 'BYTES', direction: 'DESC' } });
    expect(bySize.files.map((f) => f.bytes)).toEqual([300, 200, 100, 0]);
  });

  it('returns the same sorted view for the same list and order, and never reorders the cached list', () => {
    const before = ids(FILES);
    const order = { field: 'FILENAME', direction: 'DESC' } as const;
    const first = fileListView('voice_clone', FILES, { orderBy: order });
    expect(fileListView('voice_clone', FILES, { orderBy: order }).files).toBe(first.files);
    expect(ids(FILES)).toEqual(before);
  });

  it('filters by filename (ignoring case) or id, a blank filter keeping everything', () => {
    const orderBy = { field: 'CREATED_AT', direction: 'DESC' } as const;
    expect(ids(fileListView('voice_clone', FILES, { filter: 'GAMMA', orderBy }).files)).toEqual([
      '42',
      '9223372036854775807',
    ]);
    expect(ids(fileListView('voice_clone', FILES, { filter: ' 740993 ', orderBy }).files)).toEqual([
      '9007199254740993',
    ]);
    expect(fileListView('voice_clone', FILES, { filter: '  ', orderBy }).files).toHaveLength(4);
    expect(fileListView('voice_clone', FILES, { filter: 'nothing', orderBy }).files).toEqual([]);
  });
});

describe('totalBytes', () => {
  it('adds sizes exactly, also past 2^53', () => {
    expect(totalBytes(FILES)).toBe(600n);
    const huge = [file('1', 'a', 1, Number.MAX_SAFE_INTEGER), file('2', 'b', 1, Number.MAX_SAFE_INTEGER)];
    expect(totalBytes(huge)).toBe(2n * BigInt(Number.MAX_SAFE_INTEGER));
  });
});
