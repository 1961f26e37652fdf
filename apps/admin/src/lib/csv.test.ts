import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

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
