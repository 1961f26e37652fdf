import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkBearer } from './auth.js';
import { faultReply } from './fault-replies.js';
import { jsonReply, type Reply, textReply } from './http/reply.js';
import { sendReply } from './http/send.js';
import { baseRespReply, CODES, MESSAGES } from './minimax-json.js';
import { type Classified, classify } from './routes/classify.js';
import { control } from './routes/control.js';
import { list } from './routes/list.js';
import { retrieve } from './routes/retrieve.js';
import { retrieveContent } from './routes/retrieve-content.js';
import { storage } from './routes/storage.js';
import type { EmulatorState } from './state.js';

/**
 * One request's path: classify → log → fault rule (latency, hang, reset, substitute answer) → the route's own
 * answer (auth, RPM limit, handler) → send, with transport faults (truncation, slow drip) applied while sending.
 */
export function createRequestHandler(state: EmulatorState) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(state, req, res).catch((error: unknown) => {
      if (!state.quiet) console.error('emulator: request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}

async function handle(state: EmulatorState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const url = requestUrl(req.url ?? '/');
  const target = classify(url.pathname, url.searchParams);
  const entry = state.log.start({
    method: req.method ?? 'GET',
    path: url.pathname,
    route: target.route,
    fileId: target.fileId,
    hasAuthorization: req.headers.authorization !== undefined,
  });
  res.setHeader('Trace-Id', randomBytes(16).toString('hex'));
  // Ends latency waits and drips when the client goes away or the emulator closes. (A listener pair rather
  // than AbortSignal.any, whose dependants on a long-lived signal are slow to be collected on Node 20.)
  const requestDone = new AbortController();
  const onClosing = () => requestDone.abort();
  state.closing.addEventListener('abort', onClosing, { once: true });
  res.on('close', () => {
    state.closing.removeEventListener('abort', onClosing);
    requestDone.abort();
  });
  const { signal } = requestDone;

  const rule = state.faults.take(target.route, target.fileId);
  if (rule?.latencyMs) {
    await sleep(rule.latencyMs, undefined, { signal }).catch(() => {});
    if (signal.aborted) return;
  }
  if (rule?.hang) return; // the socket stays open until the client gives up or close() ends it
  if (rule?.resetConnection) {
    req.socket.resetAndDestroy();
    return;
  }

  const reply = (rule && faultReply(rule, target.fileId)) ?? (await answer(state, req, url, target));
  if (rule?.retryAfterSeconds !== undefined) reply.headers['Retry-After'] = String(rule.retryAfterSeconds);
  entry.status = reply.status;
  await sendReply(res, reply, {
    truncate: rule?.truncateBody,
    dripBytesPerSecond: rule?.slowDripBytesPerSecond,
    headOnly: req.method === 'HEAD',
    signal,
  });
  if (!state.quiet && target.route !== 'health') {
    // Path only: storage queries carry signatures, and no header is ever printed.
    console.log(
      `${req.method} ${url.pathname} ${target.fileId ?? ''} → ${reply.status} (${Date.now() - started} ms)`,
    );
  }
}

async function answer(
  state: EmulatorState,
  req: IncomingMessage,
  url: URL,
  target: Classified,
): Promise<Reply> {
  const query = url.searchParams;
  switch (target.route) {
    case 'health':
      return jsonReply('{"status":"ok"}');
    case 'control':
      return control(state, req, url.pathname);
    case 'other':
      return textReply(404, '404 page not found');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return textReply(405, 'Method Not Allowed');
  if (target.route === 'storage' || target.route === 'backup_storage') {
    return storage(state, req, url.pathname, query);
  }
  const refused = checkBearer(req, state.apiKey);
  if (refused) return refused;
  if (!state.limiter.admit()) return baseRespReply(CODES.rpmLimit, MESSAGES.rpmLimit);
  switch (target.route) {
    case 'retrieve':
      return retrieve(state, query, req.headers.host);
    case 'retrieve_content':
      return retrieveContent(state, req, query);
    case 'list':
      return list(state, query);
  }
}

/** Origin-form targets are appended, not resolved, so `//x` stays a path instead of becoming a host. */
function requestUrl(target: string): URL {
  const base = 'http://emulator.invalid';
  return target.startsWith('/') ? new URL(`${base}${target}`) : new URL(target, base);
}
