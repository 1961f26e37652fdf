import type { Page } from '@playwright/test';
import type { UpstreamFile } from './emulator.js';
import { detail, expect } from './test.js';

const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** The IEC unit a size should be shown in: the largest with a value of at least 1. */
export function iecUnit(bytes: number): string {
  let unit = 0;
  while (unit < IEC_UNITS.length - 1 && bytes >= 1024 ** (unit + 1)) unit++;
  return IEC_UNITS[unit] as string;
}

/** Checks the file panel against what the emulator says, the id to the last digit. */
export async function expectFilePanel(page: Page, id: string, file: UpstreamFile): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: file.filename })).toBeVisible();
  await expect(detail(page, 'File ID')).toHaveText(new RegExp(`^\\s*${id}\\s*$`));
  await expect(detail(page, 'Filename')).toContainText(file.filename);
  await expect(detail(page, 'Purpose')).toContainText(file.purpose);

  const size = detail(page, 'Size');
  await expect(size).toContainText(new RegExp(`\\d ${iecUnit(file.bytes)}\\b`));
  // The exact count sits in a title for hover ("5,896,337 bytes"), on the value or an element inside it.
  await expect(size.locator('xpath=descendant-or-self::*[@title]').first()).toHaveAttribute(
    'title',
    `${file.bytes.toLocaleString('en-US')} bytes`,
  );

  const created = detail(page, 'Created');
  await expect(created).toContainText('UTC');
  await expect(created).toContainText(String(file.createdAt.getUTCFullYear()));
  await expect(created).toContainText(/ago/);

  await expect(page.getByRole('link', { name: 'Download' })).toHaveAttribute('href', `/files/${id}/download`);
  await expect(page.getByRole('button', { name: 'Copy file ID' })).toBeVisible();
}
