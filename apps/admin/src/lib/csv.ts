import { knownBytes } from './iec-size';
import { type LookupResult, statusText } from './lookup-outcome';

export const CSV_HEADER = ['file_id', 'status', 'filename', 'purpose', 'bytes'] as const;

export interface CsvRow {
  fileId: string;
  status: string;
  filename: string;
  purpose: string;
  bytes: string;
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180), and defuses spreadsheet formulas. */
export function csvField(value: string): string {
  // A leading =, +, - or @ makes spreadsheets evaluate the cell; a filename must stay text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record with its CRLF line end (RFC 4180). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The batch table as CSV text, header first, CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly CsvRow[]): string {
  let text = csvLine(CSV_HEADER);
  for (const row of rows) text += csvLine([row.fileId, row.status, row.filename, row.purpose, row.bytes]);
  return text;
}

/** A batch result as a CSV row: exact id and bytes (decimal strings), empty cells for what is unknown. */
export function csvRowOf(fileId: string, result: LookupResult): CsvRow {
  if (result.__typename !== 'File')
    return { fileId, status: statusText(result), filename: '', purpose: '', bytes: '' };
  return {
    fileId,
    status: statusText(result),
    filename: result.filename,
    purpose: result.purpose,
    bytes: knownBytes(result.bytes) ?? '',
  };
}
