import { trustedDocumentId } from '../support/gateway.js';
import { SEEDED } from '../support/ids.js';
import { GATEWAY_URL, OPERATOR_TOKEN } from '../support/servers.js';
import { expect, test } from '../support/test.js';

// The whole suite runs against a gateway with GATEWAY_DOCUMENTS=trusted-only: every page working is the proof that
// the admin sends only trusted documents. These two checks make the mode itself visible.

test('the browser sends a document id, never a document', async ({ page }) => {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/graphql')) bodies.push(request.postDataJSON());
  });
  await page.goto('/batch');
  await page.getByLabel('File IDs').fill(`${SEEDED.beyondSafe} ${SEEDED.maxId}`);
  await page.getByRole('button', { name: 'Look up all' }).click();
  await expect(page.getByRole('table', { name: 'Results' }).locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Results' })).toContainText(SEEDED.maxId);
  expect(bodies).toEqual([
    {
      operationName: 'Files',
      extensions: { persistedQuery: { version: 1, sha256Hash: trustedDocumentId('Files') } },
      variables: { ids: [SEEDED.beyondSafe, SEEDED.maxId] },
    },
  ]);
});

test('the gateway refuses a document that is not in the manifest, even with a valid token', async ({
  request,
}) => {
  const response = await request.post(`${GATEWAY_URL}/graphql`, {
    headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    data: { query: `{ file(id: "${SEEDED.maxId}") { ... on File { filename } } }` },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  expect(JSON.stringify(body)).not.toContain('max_id_tones');
});
