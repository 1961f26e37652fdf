import { UNSEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

// Issue 10 item 7: a 50,000-character filename broke the admin's download (a header nobody accepts) and made a
// 314 KB page. The page now shows the name cut, with the whole of it one click away; the download works.
const id = UNSEEDED.hostileName;
const LONG_NAME = `${'report-'.repeat(7_143)}x.txt`;

test('a 50,000-character filename is shown cut, available whole, and still downloads', async ({
  page,
  emulator,
}) => {
  expect(LONG_NAME.length).toBeGreaterThan(50_000);
  await emulator.setFault({
    fileId: id,
    route: 'retrieve',
    httpStatus: 200,
    httpBody: JSON.stringify({
      file: { file_id: 1, bytes: 5, created_at: 1700469398, filename: LONG_NAME, purpose: 't2a_async_input' },
      base_resp: { status_code: 0, status_msg: 'success' },
    }).replace('"file_id":1', `"file_id":${id}`),
  });
  await emulator.setFault({ fileId: id, route: 'retrieve_content', httpStatus: 200, httpBody: 'hello' });

  const response = await page.goto(`/files/${id}`);
  expect((await response?.body())?.length ?? 0).toBeLessThan(200_000);
  const heading = page.locator('#file-heading');
  await expect(heading).toContainText('report-report-');
  expect(((await heading.textContent()) ?? '').length).toBeLessThanOrEqual(120);
  await page
    .getByText(/^report-report-.*…\.txt$/)
    .last()
    .click();
  await expect(page.locator('.full-filename')).toHaveText(LONG_NAME);

  const download = await page.request.get(`/files/${id}/download`);
  expect(download.status()).toBe(200);
  expect(await download.text()).toBe('hello');
  const disposition = download.headers()['content-disposition'] ?? '';
  expect(disposition.length).toBeLessThan(1_000);
  expect(disposition).toMatch(/^attachment; filename="report-report-.*….txt"|filename\*=UTF-8''report-/);
});
