import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOptions } from './options.js';

test('--quick and BENCH_QUICK=1 both make a smaller run of every row', () => {
  const full = readOptions([], {});
  for (const quick of [readOptions(['--quick'], {}), readOptions([], { BENCH_QUICK: '1' })]) {
    assert.equal(quick.quick, true);
    assert.ok(quick.rounds < full.rounds);
    assert.ok(quick.largeFileBytes < full.largeFileBytes);
    assert.deepEqual(quick.only, []);
  }
  assert.equal(full.largeFileBytes, 1024 ** 3);
  assert.equal(full.dedupeRequests, 1000);
});

test('--only picks measures by name', () => {
  assert.deepEqual(readOptions(['--only=cached-file,core-retrieve'], {}).only, [
    'cached-file',
    'core-retrieve',
  ]);
  assert.deepEqual(readOptions([], { BENCH_ONLY: 'admin-lookup' }).only, ['admin-lookup']);
});
