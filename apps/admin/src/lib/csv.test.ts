import { describe, expect, it } from 'vitest';
import { csvField, csvRowOf, toCsv } from './csv';

describe('toCsv', () => {
  it('writes the header and one line per row', () => {
    expect(
      toCsv([
        {
          fileId: '9223372036854775807',
          status: 'Found',
          filename: 'a.mp3',
          purpose: 't2a_async',
          bytes: '42',
        },
        { fileId: '5', status: 'File not found', filename: '', purpose: '', bytes: '' },
      ]),
    ).toBe(
      'file_id,status,filename,purpose,bytes\r\n9223372036854775807,Found,a.mp3,t2a_async,42\r\n5,File not found,,,\r\n',
    );
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('leaves plain and non-ASCII text alone', () => {
    expect(csvField('音声 ファイル.wav')).toBe('音声 ファイル.wav');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('csvRowOf', () => {
  const file = {
    __typename: 'File' as const,
    id: '9007199254740993',
    filename: 'a.mp4',
    purpose: 'video_generation',
    bytes: '3221225472',
    createdAt: '2025-08-18T07:15:33.000Z',
    contentType: 'video/mp4',
    downloadUrl: '/files/9007199254740993/content',
  };

  it('keeps the exact id and bytes of a found file', () => {
    expect(csvRowOf(file.id, file)).toEqual({
      fileId: '9007199254740993',
      status: 'Found',
      filename: 'a.mp4',
      purpose: 'video_generation',
      bytes: '3221225472',
    });
  });

  it('leaves an unknown size empty', () => {
    expect(csvRowOf(file.id, { ...file, bytes: null }).bytes).toBe('');
    expect(csvRowOf(file.id, { ...file, bytes: '0' }).bytes).toBe('');
  });

  it('gives an error member its heading as the status', () => {
    const missing = {
      __typename: 'FileNotFound' as const,
      id: '5',
      message: 'No file 5',
      retryable: false,
      upstreamCode: 2013,
      traceId: null,
    };
    expect(csvRowOf('5', missing)).toEqual({
      fileId: '5',
      status: 'File not found',
      filename: '',
      purpose: '',
      bytes: '',
    });
  });
});
