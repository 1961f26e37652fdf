'use client';

import Link from 'next/link';
import { csvRowOf, toCsv } from '../lib/csv';
import { formatIecSize, knownBytes } from '../lib/iec-size';
import { type LookupResult, statusText } from '../lib/lookup-outcome';

export interface BatchRow {
  id: string;
  result: LookupResult;
}

/** One row per looked-up id: `Found` or the error member's heading, and the file's facts when found. */
export function BatchResults({ rows }: { rows: BatchRow[] }) {
  return (
    <section className="batch-results">
      <div className="table-scroll">
        <table>
          <caption>Results</caption>
          <thead>
            <tr>
              <th scope="col">File ID</th>
              <th scope="col">Status</th>
              <th scope="col">Filename</th>
              <th scope="col">Purpose</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, result }) => {
              const file = result.__typename === 'File' ? result : null;
              const size = formatIecSize(knownBytes(file?.bytes));
              return (
                <tr key={id}>
                  <td className="mono">
                    <Link href={`/files/${id}`}>{id}</Link>
                  </td>
                  <td className={file ? 'status-found' : 'status-error'}>{statusText(result)}</td>
                  <td>{file?.filename ?? ''}</td>
                  <td className="mono">{file?.purpose ?? ''}</td>
                  <td title={file ? (size.exact ?? undefined) : undefined}>{file ? size.short : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => downloadCsv(rows)}>
          Export CSV
        </button>
      </div>
    </section>
  );
}

/** Builds the CSV in the browser and saves it as minimax-files.csv; nothing goes back to a server. */
function downloadCsv(rows: BatchRow[]): void {
  const csv = toCsv(rows.map(({ id, result }) => csvRowOf(id, result)));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'minimax-files.csv';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke a moment later: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
