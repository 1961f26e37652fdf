import { SEEDED } from '../support/ids.js';
import { expect, test } from '../support/test.js';

test('a seeded audio file plays inline, streamed through the admin', async ({ page }) => {
  const id = SEEDED.speechWav;
  await page.goto(`/files/${id}`);

  const audio = page.locator('audio[controls]');
  await expect(audio).toHaveAttribute('src', `/files/${id}/download?inline=1`);

  await audio.evaluate(async (element: HTMLAudioElement) => {
    element.muted = true;
    await element.play();
  });
  // Playing has started once the clock moves (the clip is 3 s long; `ended` covers a very slow poll).
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime > 0 || element.ended))
    .toBe(true);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.readyState)).toBeGreaterThanOrEqual(2);
  expect(await audio.evaluate((element: HTMLAudioElement) => element.error)).toBeNull();
});

test('seeking asks for a byte range and gets 206 Partial Content', async ({ page }) => {
  const id = SEEDED.speechWav;
  const response = await page.request.get(`/files/${id}/download?inline=1`, {
    headers: { range: 'bytes=10-19' },
  });
  expect(response.status()).toBe(206);
  expect(response.headers()['content-range']).toMatch(/^bytes 10-19\/\d+$/);
  expect((await response.body()).length).toBe(10);
});

test('the player can seek: the whole clip is seekable and a jump lands where asked', async ({ page }) => {
  await page.goto(`/files/${SEEDED.speechWav}`);
  const audio = page.locator('audio[controls]');
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.readyState))
    .toBeGreaterThanOrEqual(1);

  // Seekable to the end only when the server honours Range requests.
  const { duration, seekableEnd } = await audio.evaluate((element: HTMLAudioElement) => ({
    duration: element.duration,
    seekableEnd: element.seekable.length ? element.seekable.end(element.seekable.length - 1) : 0,
  }));
  expect(duration).toBeGreaterThan(2);
  expect(seekableEnd).toBeCloseTo(duration, 1);

  const landed = await audio.evaluate(
    (element: HTMLAudioElement) =>
      new Promise<number>((resolve) => {
        element.addEventListener('seeked', () => resolve(element.currentTime), { once: true });
        element.currentTime = 2;
      }),
  );
  expect(landed).toBeCloseTo(2, 1);
});
