import { activityCsv } from '../../../lib/activity-csv';
import { parseActivityState } from '../../../lib/activity-params';
import { readAuditPage } from '../../../server/audit-trail';
import { callerAddress } from '../../../server/caller-address';
import { csvAttachment, exportRefusal } from '../../../server/export-response';
import { sessionId } from '../../../server/session';

/**
 * `Export CSV` of `/activity`: exactly the events the page with the same address shows (same filters, same page),
 * as `minimax-files-activity.csv`. A refusal is an honest HTTP error, never a CSV with only a header.
 */
export async function GET(request: Request): Promise<Response> {
  const session = await sessionId();
  if (session === null) return exportRefusal('Sign in first.', 401);
  const { state, problems } = parseActivityState(new URL(request.url).searchParams);
  if (problems.length > 0) return exportRefusal(problems.join('\n'), 400);

  let page: Awaited<ReturnType<typeof readAuditPage>>;
  try {
    page = await readAuditPage(session, state, await callerAddress());
  } catch {
    return exportRefusal('The gateway could not be reached. Try again in a moment.', 502);
  }
  if (page.kind === 'signed-out') return exportRefusal('Your session has ended. Sign in again.', 401);
  if (page.kind === 'refused') return exportRefusal(page.message, page.code === 'FORBIDDEN' ? 403 : 502);

  return csvAttachment(activityCsv(page.events), 'minimax-files-activity.csv');
}
