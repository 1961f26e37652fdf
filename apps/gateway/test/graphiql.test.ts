import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, type Stack, startStack } from './helpers/stack.js';

// Issue 10 item 9: Yoga's GraphiQL page loaded its scripts from a CDN without integrity, so production refused
// GraphiQL. Now the page loads only the gateway's own files, under a CSP, and an operator may turn it on there.
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { NODE_ENV: 'production', GATEWAY_GRAPHIQL: 'true' } });
});
afterAll(() => stack.close());

const PAGE = { headers: { accept: 'text/html' } };

async function page() {
  const response = await stack.fetch('/graphql', PAGE);
  expect(response.status).toBe(200);
  return { csp: response.headers.get('content-security-policy') ?? '', html: await response.text() };
}

/** Every address the page names (src, href) and the worker files its config names. */
function addressesIn(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1] as string);
  const config = /<script type="application\/json" id="graphiql-config">(.*?)<\/script>/s.exec(html)?.[1];
  const workers = Object.values((JSON.parse(config ?? '{}') as { workers?: object }).workers ?? {});
  expect(workers).toHaveLength(3);
  return [...attributes, ...(workers as string[])];
}

describe('GraphiQL in production, turned on by the operator', () => {
  it('is refused without a token, page and assets alike (a browser is asked for Basic credentials)', async () => {
    const anonymous = await fetch(`${stack.url}/graphql`, PAGE);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic /);
    for (const address of addressesIn((await page()).html)) {
      expect((await fetch(`${stack.url}${address}`)).status, address).toBe(401);
    }
  });

  it('sends a CSP that allows only the gateway itself to run or load anything', async () => {
    const { csp } = await page();
    const directives = new Map(
      csp.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'worker-src', 'connect-src']) {
      expect(directives.get(name), name).toEqual(["'self'"]);
    }
    expect(directives.get('style-src')?.[0]).toBe("'self'");
    expect(
      directives
        .get('style-src')
        ?.slice(1)
        .every((source) => /^'sha256-[\w+/=]+'$/.test(source)),
    ).toBe(true);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    // Nothing from another origin, no eval, and blob: workers (Yoga's own page) are refused.
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|blob:/);
    // Inline code is refused everywhere; only Monaco's style attributes are allowed (see graphiql-page.ts).
    const inline = [...directives].filter(([, values]) => values.includes("'unsafe-inline'"));
    expect(inline.map(([name]) => name)).toEqual(['style-src-attr']);
  });

  it('names only same-origin assets, runs no inline script and holds no secret', async () => {
    const { html } = await page();
    const addresses = addressesIn(html);
    expect(addresses.length).toBeGreaterThanOrEqual(7);
    for (const address of addresses) expect(address, address).toMatch(/^\/graphiql\/[0-9a-f]{12}\/[\w.]+$/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, content] of scripts) {
      // A script either has a src or is a JSON data block, which browsers never run.
      if (content?.trim()) expect(attributes).toContain('type="application/json"');
      else expect(attributes).toMatch(/ src="\//);
    }
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn/i);
    for (const secret of [OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, stack.emulator.apiKey]) {
      expect(html).not.toContain(secret);
    }
  });

  it('serves every asset it names, typed, cacheable for a year, without a secret in any byte', async () => {
    const { html } = await page();
    for (const address of addressesIn(html)) {
      const response = await stack.fetch(address);
      expect(response.status, address).toBe(200);
      const type = response.headers.get('content-type');
      if (address.endsWith('.js')) expect(type, address).toBe('text/javascript; charset=utf-8');
      else if (address.endsWith('.css')) expect(type, address).toBe('text/css; charset=utf-8');
      else expect(type, address).toBe('image/x-icon');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.byteLength, address).toBeGreaterThan(0);
      for (const secret of [OPERATOR_TOKEN, SECOND_OPERATOR_TOKEN, stack.emulator.apiKey]) {
        expect(body.includes(secret), `${address} holds a secret`).toBe(false);
      }
    }
  });

  it('leaves introspection off unless asked for: GraphiQL is a client like any other', async () => {
    const { body } = await stack.graphql('{ __schema { queryType { name } } }');
    expect(body.errors[0].message).toMatch(/introspection/i);
  });
});
