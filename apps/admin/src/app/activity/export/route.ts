import { activityCsv } from '../../../lib/activity-csv';
import { parseActivityState } from '../../../lib/activity-params';
import { readAuditPage } from '../../../server/audit-trail';
import { callerAddress } from '../../../server/caller-address';
import { sessionId } from '../../../server/session';

/**
 * `Export CSV` of `/activity`: exactly the events the page with the same address shows (same filters, same page),
 * as `minimax-files-activity.csv`. A refusal is an honest HTTP error, never a CSV with only a header.
 */
export async function GET(request: Request): Promise<Response> {
  const session = await sessionId();
  if (session === null) return text('Sign in first.', 401);
  const { state, problems } = parseActivityState(new URL(request.url).searchParams);
  if (problems.length > 0) return text(problems.join('\n'), 400);

  let page: Awaited<ReturnType<typeof readAuditPage>>;
  try {
    page = await readAuditPage(session, state, await callerAddress());
  } catch {
    return text('The gateway could not be reached. Try again in a moment.', 502);
  }
  if (page.kind === 'signed-out') return text('Your session has ended. Sign in again.', 401);
  if (page.kind === 'refused') return text(page.message, page.code === 'FORBIDDEN' ? 403 : 502);

  return new Response(activityCsv(page.events), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="minimax-files-activity.csv"',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

function text(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
