import Link from 'next/link';
import { ACTION_LABELS } from '../lib/activity-params';
import { formatIecSize } from '../lib/iec-size';
import { formatUtc } from '../lib/relative-time';
import type { AuditEventRow } from '../server/audit-trail';

/** One page of audit events, newest first; a file id links to that file's page. */
export function ActivityTable({ events, caption }: { events: readonly AuditEventRow[]; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="browse-table activity-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">Operator</th>
            <th scope="col">Action</th>
            <th scope="col">File ID</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="numeric">
              Bytes
            </th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EventRow({ event }: { event: AuditEventRow }) {
  const size = event.bytes == null ? null : formatIecSize(event.bytes);
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={event.at}>{formatUtc(new Date(event.at)).replace(' UTC', '')}</time>
      </td>
      <td>
        {event.actor}
        {event.role && <span className="role-badge">{event.role}</span>}
      </td>
      <td>{ACTION_LABELS[event.action]}</td>
      <td>
        {event.fileId ? (
          <Link href={`/files/${event.fileId}`} className="mono">
            {event.fileId}
          </Link>
        ) : (
          <span className="hint">—</span>
        )}
      </td>
      <td>
        {event.outcome}
        {event.detail && <span className="hint activity-detail"> {event.detail}</span>}
      </td>
      <td className="numeric">
        {size ? <span title={size.exact ?? undefined}>{size.short}</span> : <span className="hint">—</span>}
      </td>
      <td className="mono" title={event.requestId ? `Request ${event.requestId}` : undefined}>
        {event.clientAddress ?? '—'}
      </td>
    </tr>
  );
}
