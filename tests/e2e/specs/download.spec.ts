import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

/** Clicks Download on the file's page and returns what the browser saved, and under which name. */
async function downloadFromPanel(page: Page, id: string) {
  await page.goto(`/files/${id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  return { filename: download.suggestedFilename(), bytes: await readFile(path) };
}

test('Download saves the exact bytes under the file name', async ({ page, emulator }) => {
  const id = SEEDED.speechWav;
  const upstream = await emulator.retrieve(id);
  const expected = await emulator.content(id);

  const saved = await downloadFromPanel(page, id);
  expect(saved.filename).toBe(upstream.filename);
  expect(saved.bytes.length).toBe(expected.length);
  expect(saved.bytes.equals(expected)).toBe(true);
});

test('a non-ASCII file name is saved as it is', async ({ page, emulator }) => {
  const id = SEEDED.nonAscii;
  const upstream = await emulator.retrieve(id);
  // Guard against a seed change turning this into an ASCII test.
  expect(upstream.filename).toMatch(/[^\x20-\x7e]/);

  const saved = await downloadFromPanel(page, id);
  expect(saved.filename).toBe(upstream.filename);
  expect(saved.bytes.equals(await emulator.content(id))).toBe(true);
});
