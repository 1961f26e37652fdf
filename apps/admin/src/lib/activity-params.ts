import type { AuditAction, AuditFilter } from '../gql/graphql';
import { checkFileId } from './file-id';

/** The actions the gateway records, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'LOOKUP',
  'LIST',
  'DOWNLOAD',
  'SIGN_IN',
  'SIGN_OUT',
  'ACCESS_DENIED',
  'OPERATOR_CREATED',
  'OPERATOR_REVOKED',
] as const satisfies readonly AuditAction[];

/** How each action reads in the table and the filter. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  LOOKUP: 'Look-up',
  LIST: 'List',
  DOWNLOAD: 'Download',
  SIGN_IN: 'Sign-in',
  SIGN_OUT: 'Sign-out',
  ACCESS_DENIED: 'Access denied',
  OPERATOR_CREATED: 'Operator created',
  OPERATOR_REVOKED: 'Operator revoked',
};

/** Events per page: the gateway's default page, enough to scan. */
export const ACTIVITY_PAGE_SIZE = 50;

/** Everything `/activity` shows is decided by its address, so a filtered view is a link to share. */
export interface ActivityState {
  operator: string;
  action: AuditAction | '';
  file: string;
  /** `YYYY-MM-DDTHH:MM` (a datetime-local value), read as UTC. */
  from: string;
  to: string;
  /** The gateway's cursor of the page before this one; empty for the newest events. */
  after: string;
}

export interface ParsedActivity {
  state: ActivityState;
  /** One sentence per filter that cannot be used, shown instead of querying. */
  problems: string[];
}

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export function parseActivityState(params: SearchParams): ParsedActivity {
  const read = (name: keyof ActivityState) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const problems: string[] = [];
  const rawAction = read('action');
  const action = (AUDIT_ACTIONS as readonly string[]).includes(rawAction) ? (rawAction as AuditAction) : '';
  if (rawAction !== '' && action === '')
    problems.push(`“${rawAction}” is not an action the gateway records.`);
  const file = read('file');
  if (file !== '') {
    const check = checkFileId(file);
    if (!check.ok) problems.push(`File ID: ${check.message}`);
  }
  const from = read('from');
  const to = read('to');
  for (const [label, value] of [
    ['From', from],
    ['To', to],
  ] as const) {
    if (value !== '' && utcInstant(value) === null) problems.push(`${label}: give a date and time (UTC).`);
  }
  const since = utcInstant(from);
  const until = utcInstant(to);
  if (since && until && since >= until) problems.push('From must be earlier than To.');
  return { state: { operator: read('operator'), action, file, from, to, after: read('after') }, problems };
}

/** The gateway's AuditFilter for a state without problems; empty fields are left out. */
export function gatewayFilter(state: ActivityState): AuditFilter {
  const filter: AuditFilter = {};
  if (state.operator) filter.actor = state.operator;
  if (state.action) filter.action = state.action;
  const file = checkFileId(state.file);
  if (state.file && file.ok) filter.fileId = file.id;
  const since = utcInstant(state.from);
  const until = utcInstant(state.to);
  if (since) filter.since = since;
  if (until) filter.until = until;
  return filter;
}

/** The address of a view: `/activity?operator=…&after=…` with only the fields that are set. */
export function activityHref(state: ActivityState, base = '/activity'): string {
  const query = new URLSearchParams();
  for (const name of ['operator', 'action', 'file', 'from', 'to', 'after'] as const) {
    if (state[name]) query.set(name, state[name]);
  }
  const search = query.toString();
  return search ? `${base}?${search}` : base;
}

/** Whether any filter (not the page) is set. */
export function isFiltered(state: ActivityState): boolean {
  return Boolean(state.operator || state.action || state.file || state.from || state.to);
}

/** A datetime-local value read as UTC, as an ISO instant; null when it is not one. */
function utcInstant(value: string): string | null {
  if (!LOCAL_TIME.test(value)) return null;
  const time = Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
