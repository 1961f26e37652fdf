import 'server-only';
import type { AuditEventsQuery as AuditEventsData } from '../gql/graphql';
import { AuditEventsQuery } from '../graphql/documents';
import { ACTIVITY_PAGE_SIZE, type ActivityState, gatewayFilter } from '../lib/activity-params';
import { gatewayClient, isUnauthorized } from './gateway';
import { gatewayRefusal } from './gateway-refusal';

export type AuditEventRow = AuditEventsData['auditEvents']['edges'][number]['node'];

export type AuditPage =
  | { kind: 'page'; events: AuditEventRow[]; hasNextPage: boolean; endCursor: string | null }
  /** The session has ended: sign in again. */
  | { kind: 'signed-out' }
  /** The gateway's refusal (not ADMIN, a cursor it does not know, its database away), in its own words. */
  | { kind: 'refused'; code: string; message: string };

/**
 * One page of the audit trail as the activity page and its CSV export show it, asked on behalf of the browser at
 * `clientAddress`. Throws when the gateway is away.
 */
export async function readAuditPage(
  session: string,
  state: ActivityState,
  clientAddress?: string,
): Promise<AuditPage> {
  const result = await gatewayClient(session, clientAddress)
    .query(AuditEventsQuery, {
      first: ACTIVITY_PAGE_SIZE,
      after: state.after || null,
      filter: gatewayFilter(state),
    })
    .toPromise();
  if (isUnauthorized(result.error)) return { kind: 'signed-out' };
  const refusal = gatewayRefusal(result.error);
  if (refusal) return { kind: 'refused', ...refusal };
  if (result.error || !result.data) {
    // Only the message: the request carried the session.
    throw new Error(`The gateway could not answer the audit trail: ${result.error?.message ?? 'no data'}`);
  }
  const { edges, pageInfo } = result.data.auditEvents;
  return {
    kind: 'page',
    events: edges.map((edge) => edge.node),
    hasNextPage: pageInfo.hasNextPage,
    endCursor: pageInfo.endCursor ?? null,
  };
}
