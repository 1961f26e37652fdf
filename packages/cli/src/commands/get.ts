import type { MiniMaxFile } from '@minimax-files/core';
import { isMiniMaxFilesError, type MiniMaxFilesError, parseFileId } from '@minimax-files/core/facts';
import { describeError } from '../cli-error.js';
import type { CommandContext } from '../command-context.js';
import { describeFile } from '../describe-file.js';
import { EXIT, type ExitCode, exitCodeForKind } from '../exit-codes.js';
import { errorLine, fileLine } from '../file-json.js';
import { limitConcurrency } from '../limit-concurrency.js';

export interface GetOptions {
  json?: boolean;
}

/** Look-ups in flight at once: a few overlap the round trips without looking like a burst to the upstream. */
const CONCURRENT_LOOKUPS = 4;

type Outcome = { file: MiniMaxFile } | { id: string; error: MiniMaxFilesError };

/**
 * `get <id>...`: each id's metadata, in the order given. An invalid id is reported without a request; the
 * others are still looked up. The exit code is the first failure's (0 when all were found).
 */
export async function getCommand(
  inputs: string[],
  options: GetOptions,
  ctx: CommandContext,
): Promise<ExitCode> {
  const inTurn = limitConcurrency(CONCURRENT_LOOKUPS);
  const outcomes = inputs.map((input) => inTurn(() => lookUp(input, ctx)));
  // Printed in order as they come; a Ctrl+C rejects them all, and the first one awaited reports it.
  for (const outcome of outcomes) outcome.catch(() => undefined);
  let exitCode: ExitCode = EXIT.ok;
  let described = 0;
  for (const pending of outcomes) {
    const outcome = await pending;
    if ('file' in outcome) {
      ctx.stdout.write(
        options.json ? `${fileLine(outcome.file)}\n` : describeFile(outcome.file, described++ > 0),
      );
      continue;
    }
    if (exitCode === EXIT.ok) exitCode = exitCodeForKind(outcome.error.kind);
    if (options.json) ctx.stdout.write(`${errorLine(outcome.id, outcome.error)}\n`);
    else ctx.error(`${outcome.id}: ${describeError(outcome.error)}`);
  }
  return exitCode;
}

/** One look-up; MiniMax failures (an invalid id included) become outcomes, anything else (Ctrl+C) throws. */
async function lookUp(input: string, ctx: CommandContext): Promise<Outcome> {
  let id = input;
  try {
    id = parseFileId(input);
    const client = await ctx.client();
    return { file: await client.retrieve(id, { signal: ctx.signal }) };
  } catch (error) {
    if (isMiniMaxFilesError(error)) return { id, error };
    throw error;
  }
}
