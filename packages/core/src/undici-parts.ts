import { createRequire } from 'node:module';
import type { Dispatcher, Agent as UndiciAgent } from 'undici';

export type { UndiciAgent };

// undici's index loads every part it has (fetch, WebSocket, cookies, mocks, the SQLite cache store) and through
// them Node's own bundled copy of undici: ~100 ms of CPU at every start of the command line, where the two parts
// core uses cost ~35. Those two are taken from their files (undici is pinned to an exact version; every request
// test goes through them).
const require = createRequire(import.meta.url);

export const Agent: typeof UndiciAgent = require('undici/lib/dispatcher/agent.js');

const requestOn: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData> =
  require('undici/lib/api/api-request.js');

/** undici's `request(url, { dispatcher, ... })`, with the URL split the way it splits it. */
export function request(
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  return requestOn.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}
