import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderTable, roundRatio } from './report.js';

test('the ratio is the median of per-round ratios, not the ratio of medians', () => {
  // Round 2 is noisy for both sides; its ratio is still 2.
  assert.equal(roundRatio([100, 10, 120], [50, 5, 40]).comparisonValue, 2);
  assert.equal(roundRatio([100], [50]).comparison, '2.00×');
});

test('the table puts the baseline beside each figure and lists crashed measures', () => {
  const table = renderTable(
    [
      {
        measure: 'cached file(id) req/s',
        figure: 9000,
        unit: 'req/s',
        baseline: { name: 'mercurius', figure: 6000, unit: 'req/s' },
        comparison: '1.50×',
        target: '≥ 1.0×',
        met: true,
      },
      { measure: 'upstream requests', figure: 1, unit: 'upstream req', target: '1', met: false },
    ],
    [{ measure: 'admin-lookup', error: 'chromium not found\nstack' }],
  );
  const lines = table.split('\n');
  assert.equal(lines.length, 5);
  assert.match(lines[2] ?? '', /9,000 req\/s\s+\| mercurius: 6,000 req\/s\s+\| 1\.50×.*\| met/);
  assert.match(lines[3] ?? '', /NOT met/);
  assert.match(lines[4] ?? '', /admin-lookup\s+\| FAILED .*chromium not found/);
  assert.doesNotMatch(table, /stack/);
});
