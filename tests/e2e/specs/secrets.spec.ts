import type { Page, Request, Response } from '@playwright/test';
import { SEEDED, UNSEEDED } from '../support/ids.js';
import { MINIMAX_API_KEY, OPERATOR_TOKEN, SESSION_COOKIE } from '../support/servers.js';
import { expect, SIGNED_OUT, signIn, test } from '../support/test.js';

test.use({ storageState: SIGNED_OUT });

/** Audio and video arrive as ranged streams whose bodies the browser does not keep; they are the file's own bytes. */
const STREAMED = new Set(['media']);

interface Seen {
  url: string;
  type: string;
  body: string;
}

/** Records every response body of a page (documents, scripts, styles, fonts, RSC payloads, GraphQL answers). */
function recordResponses(page: Page): () => Promise<Seen[]> {
  const reads: Promise<Seen | undefined>[] = [];
  page.on('response', (response: Response) => {
    const type = response.request().resourceType();
    if (STREAMED.has(type) || (response.status() >= 300 && response.status() < 400)) return;
    reads.push(
      response
        .text()
        .then((body) => ({ url: response.url(), type, body }))
        .catch(() => undefined), // a body the page navigated away from before it arrived
    );
  });
  return async () => (await Promise.all(reads)).filter((seen): seen is Seen => seen !== undefined);
}

test('neither the MiniMax key, the operator token nor the session id reaches any browser asset', async ({
  page,
}) => {
  const responses = recordResponses(page);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));

  await signIn(page, OPERATOR_TOKEN);
  await expect(page).toHaveURL('/');
  await page.goto(`/files/${SEEDED.speechWav}`);
  await expect(page.getByRole('link', { name: 'Download' })).toBeVisible();
  await page.goto(`/files/${UNSEEDED.notFound}`);
  await expect(page.getByRole('heading', { level: 2, name: 'File not found' })).toBeVisible();
  await page.goto('/batch');
  await page.getByLabel('File IDs').fill(`${SEEDED.beyondSafe} ${SEEDED.maxId}`);
  await page.getByRole('button', { name: 'Look up all' }).click();
  await expect(page.getByRole('table', { name: 'Results' }).locator('tbody tr')).toHaveCount(2);
  await page.goto('/activity');
  await expect(page.getByRole('table', { name: 'Activity' })).toBeVisible();
  await page.goto('/operators');
  await expect(page.getByRole('table', { name: 'Operators' })).toBeVisible();
  // The gateway session id is as good as the token while it lives: only the httpOnly cookie may carry it.
  const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
  expect(session).toMatch(/^mmf_s_/);

  const seen = await responses();
  expect(seen.filter(({ type }) => type === 'script').length).toBeGreaterThan(0);
  // The recording really holds what the pages showed: file data arrived in documents or fetches.
  expect(seen.some(({ body }) => body.includes(SEEDED.maxId))).toBe(true);
  for (const { url, body } of seen) {
    expect(body.includes(MINIMAX_API_KEY), `MiniMax key in ${url}`).toBe(false);
    expect(body.includes(OPERATOR_TOKEN), `operator token in ${url}`).toBe(false);
    expect(body.includes(session ?? 'no session'), `session id in ${url}`).toBe(false);
  }

  // The token is typed once into the sign-in form and travels in that one POST: never again, not even in a cookie.
  const carryingToken = requests.filter(
    (request) =>
      request.url().includes(OPERATOR_TOKEN) ||
      (request.postData() ?? '').includes(OPERATOR_TOKEN) ||
      Object.entries(request.headers()).some(([, value]) => value.includes(OPERATOR_TOKEN)),
  );
  expect(carryingToken.map((request) => request.url())).toHaveLength(1);
  expect(carryingToken[0]?.method()).toBe('POST');

  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
  );
  expect(storage).not.toContain(OPERATOR_TOKEN);
  expect(storage).not.toContain(session);
});
