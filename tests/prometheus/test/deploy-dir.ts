import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findBinary } from '../../../scripts/local-servers.mjs';

export const DEPLOY_DIR = fileURLToPath(new URL('../../../deploy/prometheus/', import.meta.url));
export const RULES_FILE = join(DEPLOY_DIR, 'gateway.rules.yml');
export const RULES_TEST_FILE = fileURLToPath(new URL('../rules/gateway.rules.test.yml', import.meta.url));

export const promtool = () => findBinary('promtool', 'prometheus');
export const prometheus = () => findBinary('prometheus', 'prometheus');

/** Runs promtool; resolves with its exit code and output (a failing check is an answer, not an exception). */
export async function runPromtool(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(promtool(), args, { timeout: 30_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/**
 * deploy/prometheus copied to a temporary directory and completed as an operator completes it (README): the
 * operator token file and a file_sd targets file. `scrapeInterval` replaces the committed 15 s for tests.
 */
export async function preparedDeployDir(options: {
  token: string;
  targets: string[];
  scrapeInterval?: string;
}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'minimax-prometheus-'));
  await cp(DEPLOY_DIR, dir, { recursive: true });
  await writeFile(join(dir, 'operator-token'), `${options.token}\n`, { mode: 0o600 });
  // Only these targets, not whatever an operator left in their own checkout's targets/.
  await rm(join(dir, 'targets'), { recursive: true, force: true });
  await mkdir(join(dir, 'targets'));
  await writeFile(join(dir, 'targets/gateways.json'), JSON.stringify([{ targets: options.targets }]));
  if (options.scrapeInterval) {
    const config = join(dir, 'prometheus.yml');
    const text = await readFile(config, 'utf8');
    const replaced = text.replace(/scrape_interval: 15s/, `scrape_interval: ${options.scrapeInterval}`);
    if (replaced === text) throw new Error('prometheus.yml no longer sets scrape_interval: 15s');
    await writeFile(config, replaced);
  }
  return dir;
}

/** Every gateway metric the rules name, with the label names their matchers and groupings use. */
export async function metricsInRules(): Promise<Map<string, Set<string>>> {
  const text = await readFile(RULES_FILE, 'utf8');
  const found = new Map<string, Set<string>>();
  for (const [, name, matchers = ''] of text.matchAll(/\b(gateway_\w+)(?:\{([^}]*)\})?/g)) {
    if (!name) continue;
    const labels = found.get(name) ?? new Set<string>();
    for (const [, label] of matchers.matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)) if (label) labels.add(label);
    found.set(name, labels);
  }
  return found;
}
