import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServerProcess, startServerProcess } from '@minimax-files/testkit';
import { SEEDED } from '../support/ids.js';
import { EMULATOR_URL, MINIMAX_API_KEY, OPERATOR_TOKEN } from '../support/servers.js';
import { expect, SIGNED_OUT, test } from '../support/test.js';

// Issue 10 item 9: Yoga's GraphiQL page loaded its scripts from a CDN, so production refused GraphiQL. Now an
// operator may turn it on there, and the page loads only the gateway's own files under a CSP. The suite's gateway
// runs trusted documents only (the admin's), so this spec starts a production gateway of its own, GraphiQL on,
// against the suite's emulator.
const gatewayDir = fileURLToPath(new URL('../../../apps/gateway', import.meta.url));
let gateway: ServerProcess;

test.beforeAll(async () => {
  // A first start opens a new embedded database: seconds on a busy machine.
  test.setTimeout(90_000);
  gateway = await startServerProcess({
    name: 'production gateway with GraphiQL',
    command: process.execPath,
    args: ['dist/main.js'],
    cwd: gatewayDir,
    env: {
      NODE_ENV: 'production',
      GATEWAY_GRAPHIQL: 'true',
      // GraphiQL reads the schema by introspection, which production turns off unless asked too.
      GATEWAY_INTROSPECTION: 'true',
      MINIMAX_API_KEY,
      MINIMAX_BASE_URL: EMULATOR_URL,
      MINIMAX_MAX_RETRIES: '0',
      GATEWAY_OPERATOR_TOKENS: OPERATOR_TOKEN,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mmf-e2e-graphiql-')),
      LOG_LEVEL: 'warn',
    },
    readyPath: '/readyz',
    readyTimeoutMs: 80_000,
  });
});
test.afterAll(async () => {
  await gateway?.stop();
});

// The browser's own prompt for a page that asks for Basic credentials: any user name, the token as password.
test.use({ storageState: SIGNED_OUT, httpCredentials: { username: 'operator', password: OPERATOR_TOKEN } });

test('GraphiQL runs a look-up on gateway-served assets alone, with no CSP violation or console error', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Violations are reported to the console too; the event also names the directive.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));

  const response = await page.goto(`${gateway.url}/graphql`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.locator('.graphiql-query-editor')).toBeVisible({ timeout: 20_000 });

  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  const query = `{ file(id: "${SEEDED.beyondSafe}") { __typename } }`;
  await page.keyboard.insertText(query);
  const answer = page.waitForResponse(
    (candidate) => candidate.url() === `${gateway.url}/graphql` && candidate.request().method() === 'POST',
  );
  await page.getByRole('button', { name: /Execute query/ }).click();
  const posted = await answer;
  // GraphiQL sends the document without its blanks.
  const sent = (posted.request().postDataJSON() as { query: string }).query;
  expect(sent.replace(/\s/g, '')).toBe(query.replace(/\s/g, ''));
  expect(await posted.json()).toEqual({ data: { file: { __typename: 'File' } } });
  await expect(page.locator('.graphiql-response')).toContainText('"__typename": "File"');

  // Monaco's workers started from the gateway's files (a blob: worker would have been refused and reported).
  expect(requested.filter((url) => url.includes('.worker.js')).length).toBeGreaterThanOrEqual(1);
  const elsewhere = requested.filter(
    (url) => new URL(url).origin !== gateway.url && !url.startsWith('data:'),
  );
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});
