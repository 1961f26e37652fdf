'use client';

import { useClient } from '@urql/next';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { FilesQuery } from '../graphql/documents';
import { type CsvRow, toCsv } from '../lib/csv';
import { formatIecSize, knownBytes } from '../lib/iec-size';
import { type LookupResult, statusText } from '../lib/lookup-outcome';
import { splitIds } from '../lib/split-ids';

/** The gateway's limit for one files(ids) call. */
const MAX_IDS = 100;

interface Row {
  id: string;
  result: LookupResult;
}

export function BatchLookup() {
  const client = useClient();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { valid, invalid: notIds } = splitIds(text);
    setInvalid(notIds);
    setProblem(null);
    if (valid.length > MAX_IDS) {
      setProblem(
        `At most ${MAX_IDS} file IDs at once: you pasted ${valid.length}. Split the list and look up each part.`,
      );
      return;
    }
    if (valid.length === 0) {
      if (notIds.length === 0) setProblem('Paste at least one file ID.');
      setRows(null);
      return;
    }
    setPending(true);
    const result = await client
      .query(FilesQuery, { ids: valid }, { requestPolicy: 'network-only' })
      .toPromise();
    setPending(false);
    const status = (result.error?.response as Response | undefined)?.status;
    if (status === 401) {
      setProblem('Your session has ended. Sign in again, then repeat the look-up.');
    } else if (result.error || !result.data) {
      setProblem('The gateway did not answer the look-up. Try again in a moment.');
    } else {
      const files = result.data.files;
      setRows(valid.flatMap((id, index) => (files[index] ? [{ id, result: files[index] }] : [])));
    }
  }

  return (
    <>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <div className="field">
          <label htmlFor="file-ids">File IDs</label>
          <textarea
            id="file-ids"
            name="ids"
            rows={6}
            spellCheck={false}
            className="mono"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="file-ids-hint"
          />
          <p id="file-ids-hint" className="hint">
            One per line, or separated by commas or spaces. Duplicates are looked up once.
          </p>
        </div>
        <div className="actions">
          <button type="submit" aria-busy={pending} disabled={pending}>
            Look up all
          </button>
          <span role="status" className="hint">
            {pending ? 'Looking the files up…' : ''}
          </span>
        </div>
      </form>
      <div className="message-slot">
        {problem && (
          <p role="alert" className="inline-alert">
            {problem}
          </p>
        )}
        {invalid.length > 0 && (
          <div role="alert" className="inline-alert">
            <p>
              {invalid.length === 1 ? 'This is not a file ID' : 'These are not file IDs'} and{' '}
              {invalid.length === 1 ? 'was' : 'were'} not sent. A file ID is digits only, from 1 to
              9223372036854775807.
            </p>
            <ul className="invalid-list">
              {invalid.map((token) => (
                <li key={token}>
                  <code>{token}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {rows && <ResultsTable rows={rows} />}
    </>
  );
}

function ResultsTable({ rows }: { rows: Row[] }) {
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
function downloadCsv(rows: Row[]): void {
  const csvRows: CsvRow[] = rows.map(({ id, result }) => ({
    fileId: id,
    status: statusText(result),
    filename: result.__typename === 'File' ? result.filename : '',
    purpose: result.__typename === 'File' ? result.purpose : '',
    bytes: result.__typename === 'File' ? (knownBytes(result.bytes) ?? '') : '',
  }));
  const url = URL.createObjectURL(new Blob([toCsv(csvRows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'minimax-files.csv';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke a moment later: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
