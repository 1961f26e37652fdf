import type { MiniMaxFile } from '@minimax-files/core';
import { iecBytes } from './iec-bytes.js';
import { printable } from './printable.js';

/** A file's metadata for people: one `label  value` line per field, a blank line between files. */
export function describeFile(file: MiniMaxFile, separate: boolean): string {
  const size =
    file.bytes === 0 ? 'unknown' : `${iecBytes(file.bytes)} (${file.bytes.toLocaleString('en-US')} bytes)`;
  const lines = [
    ['id', file.id],
    ['filename', printable(file.filename)],
    ['purpose', printable(file.purpose)],
    ['size', size],
    ['created', file.createdAt.toISOString()],
  ].map(([label, value]) => `${label?.padEnd(9)}${value}`);
  return `${separate ? '\n' : ''}${lines.join('\n')}\n`;
}
