import { ADMIN_PORT, ADMIN_URL } from '../support/servers.js';
import { expect, test } from '../support/test.js';

// Issue 10 item 5: a page on another port of the same host is the same *site*, so the SameSite=Strict session
// cookie rides along with its form POST; the admin forwarded such a form-encoded POST to the gateway.
const OTHER_PORT = ADMIN_PORT === 65535 ? ADMIN_PORT - 1 : ADMIN_PORT + 1;
const HOSTILE_PAGE = `http://127.0.0.1:${OTHER_PORT}/hostile.html`;

test('a form on another port of the same host cannot use the session through /api/graphql', async ({
  page,
}) => {
  await page.route(HOSTILE_PAGE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="${ADMIN_URL}/api/graphql" enctype="application/x-www-form-urlencoded">
        <input name="query" value="{ __typename }"><button>Send</button></form>`,
    }),
  );
  await page.goto(HOSTILE_PAGE);
  const answer = page.waitForResponse(`${ADMIN_URL}/api/graphql`);
  await page.getByRole('button', { name: 'Send' }).click();
  const response = await answer;
  expect(response.request().headers().cookie ?? (await response.request().allHeaders()).cookie).toContain(
    'mmf_session=',
  );
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain('__typename');
});
