import { csvLine } from './csv';

export const ACTIVITY_CSV_HEADER = [
  'at',
  'operator',
  'role',
  'action',
  'file_id',
  'outcome',
  'bytes',
  'client_address',
  'request_id',
  'detail',
] as const;

/** What a CSV row needs of an audit event (the query's fields). */
export interface ActivityCsvEvent {
  at: string;
  actor: string;
  role?: string | null;
  action: string;
  fileId?: string | null;
  outcome: string;
  bytes?: string | null;
  clientAddress?: string | null;
  requestId?: string | null;
  detail?: string | null;
}

/** The events as CSV text, header first, CRLF line ends; exact ids and byte counts, formulas defused. */
export function activityCsv(events: readonly ActivityCsvEvent[]): string {
  let text = csvLine(ACTIVITY_CSV_HEADER);
  for (const event of events) {
    text += csvLine([
      event.at,
      event.actor,
      event.role ?? '',
      event.action,
      event.fileId ?? '',
      event.outcome,
      event.bytes ?? '',
      event.clientAddress ?? '',
      event.requestId ?? '',
      event.detail ?? '',
    ]);
  }
  return text;
}
