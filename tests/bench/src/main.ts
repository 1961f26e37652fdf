// `pnpm bench`: runs every measure, prints one table with the baseline beside each figure, writes the JSON.
// Benchmarks are reports, not tests: unmet targets never fail the process. In --quick mode (what `npm test` runs)
// a measure that crashes does, so the bench cannot rot unnoticed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { canPin, pinSelf } from './lib/cpu.js';
import type { Measure } from './lib/measure.js';
import { readOptions } from './lib/options.js';
import { RESULTS_FILE } from './lib/paths.js';
import { type FailedMeasure, type Row, renderTable } from './lib/report.js';
import { MEASURES } from './measures/index.js';

const options = readOptions(process.argv.slice(2), process.env);
const pinned = pinSelf();
const selected: Measure[] = options.only.length
  ? MEASURES.filter((m) => options.only.includes(m.name))
  : MEASURES;
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  /** Other work on the machine when the run began: figures from a busy machine are noisier. */
  loadAverage1m: loadavg()[0],
  pinning:
    pinned && canPin()
      ? 'servers on core 0, load generator and emulator on core 1'
      : 'none (taskset unavailable)',
};
console.log(
  `bench${options.quick ? ' --quick' : ''}: ${selected.length} measures, ${options.rounds} round(s) each`,
);
console.log(
  `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load average ${machine.loadAverage1m?.toFixed(1)}; ${machine.pinning}`,
);

const rows: Row[] = [];
const failures: FailedMeasure[] = [];
const startedAt = new Date();
for (const measure of selected) {
  const began = Date.now();
  console.log(`\n▶ ${measure.name}`);
  try {
    const measured = await measure.run({ options, log: (message) => console.log(`  ${message}`) });
    rows.push(...measured);
    console.log(`  done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push({ measure: measure.name, error: message });
    console.error(`  ✗ ${measure.name} failed: ${message}`);
  }
}

console.log(`\n${renderTable(rows, failures)}\n`);
mkdirSync(dirname(RESULTS_FILE), { recursive: true });
writeFileSync(
  RESULTS_FILE,
  `${JSON.stringify({ startedAt, quick: options.quick, options, machine: { ...machine, loadAverage1mAtEnd: loadavg()[0] }, rows, failures }, null, 2)}\n`,
);
console.log(`written to ${RESULTS_FILE}`);
if (options.quick && failures.length > 0) {
  console.error(`✗ ${failures.length} measure(s) crashed in --quick mode`);
  process.exit(1);
}
// Child processes are stopped by each measure; exit explicitly in case a library left a handle open.
process.exit(0);
