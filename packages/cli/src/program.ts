import { readFileSync } from 'node:fs';
import type { MiniMaxFiles } from '@minimax-files/core';
import { LISTABLE_PURPOSES, type ListablePurpose } from '@minimax-files/core/facts';
import { Command, CommanderError, Option } from 'commander';
import { describeError, exitCodeOf, Interrupted } from './cli-error.js';
import { clientFromEnv } from './client-from-env.js';
import type { CommandContext } from './command-context.js';
import { downloadCommand } from './commands/download.js';
import { getCommand } from './commands/get.js';
import { listCommand } from './commands/list.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { printable } from './printable.js';

const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const ENVIRONMENT_HELP = `
Environment:
  MINIMAX_API_KEY        the MiniMax API key (required for every command)
  MINIMAX_BASE_URL       default https://api.minimax.io (https://api.minimaxi.com in mainland China)
  MINIMAX_TIMEOUT_MS, MINIMAX_MAX_RETRIES, MINIMAX_DOWNLOAD_HOSTS   as in @minimax-files/core

Exit codes:
  0 success   1 any other failure   2 bad usage or an invalid id (no request made)
  3 file not found   4 authentication failed   5 rate limited   130 interrupted (Ctrl+C)   143 terminated (SIGTERM)
  With several ids, the first failure's code.`;

export interface Io {
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
}

/** Runs one command line (`argv` as in process.argv) and resolves with the exit code. */
export async function run(argv: string[], io: Io = process): Promise<number> {
  let exitCode: ExitCode = EXIT.ok;
  const controller = new AbortController();
  let client: Promise<MiniMaxFiles> | undefined;
  const ctx: CommandContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    signal: controller.signal,
    client: () => {
      client ??= clientFromEnv();
      return client;
    },
    error: (message) => io.stderr.write(`minimax-files: ${printable(message)}\n`),
  };
  const program = buildProgram(io, {
    get: async (ids, options) => {
      exitCode = await getCommand(ids, options, ctx);
    },
    download: async (id, options) => {
      exitCode = await downloadCommand(id, options, ctx);
    },
    list: async (options) => {
      exitCode = await listCommand(options, ctx);
    },
  });
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    const stop = new Interrupted(signal);
    // A second signal does not wait for the clean-up of the first.
    if (controller.signal.aborted) process.exit(exitCodeOf(stop));
    controller.abort(stop);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other parse failure is bad usage (commander says 1).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    ctx.error(describeError(error));
    exitCode = exitCodeOf(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await client?.then((made) => made.close()).catch(() => undefined);
  }
  return exitCode;
}

interface Actions {
  get: (ids: string[], options: { json?: boolean }) => Promise<void>;
  download: (id: string, options: { output?: string; resume?: boolean; force?: boolean }) => Promise<void>;
  list: (options: { purpose: ListablePurpose; json?: boolean }) => Promise<void>;
}

function buildProgram(io: Io, actions: Actions): Command {
  const program = new Command('minimax-files')
    .description('Look up, list and download MiniMax files by file_id.')
    .version(PACKAGE.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  $ minimax-files get 9223372036854775807
  $ minimax-files get 42 302892389810432 --json
  $ minimax-files download 42
  $ minimax-files download 42 -o - | ffplay -
  $ minimax-files list --purpose voice_clone --json
${ENVIRONMENT_HELP}`,
    );

  program
    .command('get')
    .description("print one or more files' metadata")
    .argument('<id...>', 'file ids (decimal, up to 9223372036854775807)')
    .option('--json', 'one JSON object per line; a failed id as {"id":...,"error":{...}}')
    .addHelpText(
      'after',
      `
Examples:
  $ minimax-files get 9223372036854775807
  $ minimax-files get 42 302892389810432 --json | jq -r .filename

A file as JSON: {"id":"42","filename":"a440.wav","bytes":64044,"purpose":"t2a_async","createdAt":"..."}
(the id is always a string with every digit). Output follows the order of the ids; the exit code is the
first failed id's (2 invalid id, 3 not found, 4 authentication failed, 5 rate limited, 1 other).`,
    )
    .action(actions.get);

  program
    .command('download')
    .description("download a file's bytes")
    .argument('<id>', 'the file id')
    .option(
      '-o, --output <path>',
      "a file path, a directory, or - for stdout (default: the file's own name here)",
    )
    .addOption(
      new Option('--resume', 'continue a partial download (NAME.part, or NAME itself) with a range request'),
    )
    .addOption(new Option('--force', 'overwrite an existing file (or start a partial download over)'))
    .addHelpText(
      'after',
      `
Examples:
  $ minimax-files download 42                      # writes ./a440.wav
  $ minimax-files download 42 -o clips/            # writes clips/a440.wav
  $ minimax-files download 42 -o tone.wav --force  # replaces tone.wav
  $ minimax-files download 42 -o - > tone.wav      # bytes to stdout
  $ minimax-files download 355160774012928 --resume

The upstream file name is made safe: no directory parts, no control or bidi characters, no leading dot or dash, at most
240 bytes. Bytes go to NAME.part, renamed to NAME once complete and of the announced length. On a failure or
Ctrl+C, NAME.part (with NAME.part.json, what it is of) is kept for --resume, which refuses it when the file changed
size upstream. A progress bar goes to stderr when stderr is a terminal.`,
    )
    .action(actions.download);

  program
    .command('list')
    .description('list the files of one purpose')
    .addOption(
      new Option('--purpose <purpose>', 'which files (the purposes MiniMax lists)')
        .choices(LISTABLE_PURPOSES)
        .makeOptionMandatory(),
    )
    .option('--json', 'one JSON object per line')
    .addHelpText(
      'after',
      `
Examples:
  $ minimax-files list --purpose voice_clone
  $ minimax-files list --purpose prompt_audio --json | jq -r .id

The files come in the upstream's order. MiniMax lists only voice_clone, prompt_audio and t2a_async_input
files; others (video_generation, t2a_async) are found by id with get.`,
    )
    .action(actions.list);

  return program;
}
