import type { IncomingMessage } from 'node:http';
import { contentTypeFor, isLoopbackHostHeader } from '@minimax-files/http-rules';
import { SEEDED } from '../catalogue/seeded.js';
import { validateFaultRule } from '../faults.js';
import { generatedCounts, setGeneratedFiles } from '../generated-accounts.js';
import { jsonReply, type Reply } from '../http/reply.js';
import { linksFor } from '../links.js';
import type { EmulatorState } from '../state.js';

const MAX_BODY_BYTES = 64 * 1024;
const JSON_BODY = /^application\/json\s*(;|$)/i;
const SEEDED_NAMES = new Map<string, string>(Object.entries(SEEDED).map(([name, id]) => [id, name]));

/**
 * `/_emulator/*`: the run-time control endpoint (faults, request log, catalogue, RPM limit). No auth: the
 * emulator is a loopback development tool and never holds a real secret. So that no web page can drive it, it
 * answers only loopback `Host` names (a DNS-rebinding page arrives under its own name) and takes bodies only as
 * JSON (a cross-site form or `text/plain` fetch cannot send that without a preflight).
 */
export async function control(state: EmulatorState, req: IncomingMessage, pathname: string): Promise<Reply> {
  if (!isLoopbackHostHeader(req.headers.host))
    return json({ error: 'the control endpoint answers only loopback Host names' }, 403);
  if ((req.method === 'POST' || req.method === 'PUT') && !JSON_BODY.test(req.headers['content-type'] ?? ''))
    return json({ error: 'send the body as Content-Type: application/json' }, 415);
  const action = `${req.method} ${pathname}`;
  switch (action) {
    case 'GET /_emulator/faults':
      return json({ faults: state.faults.list() });
    case 'POST /_emulator/faults': {
      const body = await readJson(req);
      if (body instanceof Error) return json({ error: body.message }, 400);
      const rules = Array.isArray(body) ? body : [body];
      try {
        const valid = rules.map(validateFaultRule);
        for (const rule of valid) state.faults.add(rule);
      } catch (error) {
        return json({ error: (error as Error).message }, 400);
      }
      return json({ faults: state.faults.list() }, 201);
    }
    case 'DELETE /_emulator/faults':
      state.faults.clear();
      return json({ faults: [] });
    case 'GET /_emulator/requests':
      return json({ requests: state.log.snapshot() });
    case 'DELETE /_emulator/requests':
      state.log.clear();
      return json({ requests: [] });
    case 'GET /_emulator/catalogue':
      return json({ files: catalogue(state, req.headers.host) });
    case 'GET /_emulator/generated-files':
      return json({ generatedFiles: generatedCounts(state) });
    case 'PUT /_emulator/generated-files': {
      const body = await readJson(req);
      const { purpose, count } = (body ?? {}) as { purpose?: unknown; count?: unknown };
      if (body instanceof Error || typeof purpose !== 'string' || typeof count !== 'number')
        return json({ error: 'expected {"purpose": "<purpose>", "count": <whole number>}' }, 400);
      try {
        setGeneratedFiles(state, purpose, count);
      } catch (error) {
        return json({ error: (error as Error).message }, 400);
      }
      return json({ generatedFiles: generatedCounts(state) });
    }
    case 'PUT /_emulator/rpm-limit': {
      const body = await readJson(req);
      const limit = (body as { rpmLimit?: unknown } | null)?.rpmLimit;
      if (body instanceof Error || !(limit === null || (Number.isInteger(limit) && (limit as number) >= 0))) {
        return json({ error: 'expected {"rpmLimit": <non-negative integer> | null}' }, 400);
      }
      state.limiter.limit = limit === null ? undefined : (limit as number);
      return json({ rpmLimit: limit });
    }
    default:
      return json({ error: `no control action ${action}` }, 404);
  }
}

/** The seeded files only: a generated account of a million files is listed through the API, not here. */
function catalogue(state: EmulatorState, hostHeader: string | undefined) {
  const seeded = [...state.catalogue.values()].filter((entry) => SEEDED_NAMES.has(entry.id));
  return seeded.map((entry) => {
    const links = linksFor(state, entry, hostHeader);
    return {
      id: entry.id,
      name: SEEDED_NAMES.get(entry.id),
      filename: entry.filename,
      purpose: entry.purpose,
      bytes: entry.content.size,
      reportedBytes: entry.reportedBytes,
      contentType: contentTypeFor(entry.filename),
      createdAt: entry.createdAt,
      downloadUrl: links.downloadUrl,
      backupDownloadUrl: links.backupDownloadUrl,
    };
  });
}

function json(value: unknown, status = 200): Reply {
  return jsonReply(JSON.stringify(value), status);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return new Error('body is not valid JSON');
  }
}
