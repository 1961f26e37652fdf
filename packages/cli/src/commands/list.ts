import type { ListablePurpose, MiniMaxFile } from '@minimax-files/core';
import type { CommandContext } from '../command-context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { fileLine } from '../file-json.js';
import { iecBytes } from '../iec-bytes.js';
import { printable } from '../printable.js';

export interface ListOptions {
  purpose: ListablePurpose;
  json?: boolean;
}

/** `list --purpose P`: every file of that purpose, in the upstream's order (core's `list`). */
export async function listCommand(options: ListOptions, ctx: CommandContext): Promise<ExitCode> {
  const client = await ctx.client();
  const files = await client.list({ purpose: options.purpose, signal: ctx.signal });
  if (options.json) {
    // One write per few hundred lines: a 10,000-file account is not 10,000 writes to a pipe.
    for (let start = 0; start < files.length; start += 500) {
      ctx.stdout.write(
        `${files
          .slice(start, start + 500)
          .map(fileLine)
          .join('\n')}\n`,
      );
    }
    return EXIT.ok;
  }
  ctx.stdout.write(files.length === 0 ? `no ${options.purpose} files\n` : table(files));
  return EXIT.ok;
}

/** Columns for people: id, size, created, filename (last: it is the one of any length). */
function table(files: MiniMaxFile[]): string {
  const rows = files.map((file) => [
    file.id,
    file.bytes === 0 ? 'unknown' : iecBytes(file.bytes),
    file.createdAt.toISOString().replace('.000Z', 'Z'),
    printable(file.filename),
  ]);
  const header = ['ID', 'SIZE', 'CREATED', 'FILENAME'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ');
  return `${[header, ...rows].map(line).join('\n')}\n`;
}
