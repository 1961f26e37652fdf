import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxInFlight } from './concurrency.js';

test('requests held 40 ms in waves of 8 never count as more than 8 at once', () => {
  const arrivals = Array.from({ length: 100 }, (_, i) => 1000 + Math.floor(i / 8) * 40 + (i % 8));
  assert.equal(maxInFlight(arrivals, 40), 8);
});

test('a request arriving while others are held counts with them', () => {
  assert.equal(maxInFlight([0, 10, 20, 30], 40), 4);
  assert.equal(maxInFlight([0, 40, 80], 40), 1);
  assert.equal(maxInFlight([], 40), 0);
});
