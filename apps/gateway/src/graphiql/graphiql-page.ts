import type { GraphiQLOptions } from 'graphql-yoga';
import { GRAPHIQL_ASSET_URLS } from './graphiql-assets.js';

/**
 * The one inline piece GraphiQL needs that a hash can name: Monaco builds a `<style>` element for its icon font
 * (`.codicon-add:before { content: '\ea60' } …`) from the bundle's fixed icon table, so its text, and this hash, only
 * change with `@graphql-yoga/render-graphiql`'s version. After an upgrade Chromium prints the new hash in its CSP
 * error, and the e2e spec (`tests/e2e/specs/graphiql.spec.ts`) fails on that error.
 */
const MONACO_ICON_STYLE_HASH = "'sha256-3QyMmjG0v4MiZZ8IeptNJlmd7zM7llV4JV9ZHbWTs7w='";

/**
 * Only the gateway's own files run or load. The exception is style attributes: Monaco renders each editor line
 * as HTML with its position in a `style` attribute, which neither a hash nor a nonce can allow. Style attributes
 * cannot run script or fetch anything that img-src and font-src would not allow anyway.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  `style-src 'self' ${MONACO_ICON_STYLE_HASH}`,
  "style-src-attr 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON inside `<script type="application/json">`: no `<` may end the element early. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page: no inline script or style, every asset from the gateway itself. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const urls = GRAPHIQL_ASSET_URLS;
  const config = jsonForScript({ options, workers: urls.workers });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${urls.icon}" />
    <link rel="stylesheet" href="${urls.style}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to use GraphiQL.</noscript>
    <div id="graphiql"></div>
    <script type="application/json" id="graphiql-config">${config}</script>
    <script src="${urls.script}"></script>
    <script src="${urls.boot}"></script>
  </body>
</html>
`;
}
