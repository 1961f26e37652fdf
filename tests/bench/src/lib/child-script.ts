import { spawn } from 'node:child_process';
import { type CoreSlot, pinnedNode } from './cpu.js';
import { benchScript } from './paths.js';

/** Runs one of this package's TypeScript scripts as a pinned process and parses the JSON line it prints. */
export async function runChildScript<T>(
  relativeToSrc: string,
  env: NodeJS.ProcessEnv,
  slot: CoreSlot = 'server',
): Promise<T> {
  const { command, args } = pinnedNode(slot, ['--import', 'tsx', benchScript(relativeToSrc)]);
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8192);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${relativeToSrc} exited with ${code}:\n${stderr}`);
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as T;
}
