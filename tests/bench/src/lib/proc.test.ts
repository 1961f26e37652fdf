import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCpuSeconds } from './cpu-time.js';
import { readRss, sampleRss } from './rss.js';

const linux = process.platform === 'linux';

test('RSS of a live process is read from /proc, and a sampler sees the peak', { skip: !linux }, async () => {
  const rss = readRss(process.pid);
  assert.ok(rss !== undefined && rss > 1024 * 1024, `rss ${rss}`);
  const sampler = sampleRss(process.pid, 5);
  const held = Buffer.alloc(64 * 1024 * 1024, 1);
  await new Promise((resolve) => setTimeout(resolve, 30));
  const { startBytes, peakBytes, growthBytes } = sampler.stop();
  assert.ok(held[0] === 1 && peakBytes >= startBytes + 32 * 1024 * 1024, `growth ${growthBytes}`);
  assert.equal(readRss(2 ** 22 + 1), undefined);
});

test('CPU seconds of a process agree with what the process itself counts', { skip: !linux }, () => {
  const before = readCpuSeconds(process.pid) ?? Number.NaN;
  const usage = process.cpuUsage();
  // Spin until this process has used 150 ms of CPU, however busy the machine is.
  let spin = 0;
  while (process.cpuUsage(usage).user < 150_000) spin++;
  const used = process.cpuUsage(usage);
  const after = readCpuSeconds(process.pid) ?? Number.NaN;
  const expected = (used.user + used.system) / 1e6;
  // /proc counts in 10 ms ticks.
  assert.ok(spin > 0 && Math.abs(after - before - expected) <= 0.03, `${after - before} s vs ${expected} s`);
});
