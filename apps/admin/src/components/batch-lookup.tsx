'use client';

import { MAX_IDS_PER_LOOKUP } from '@minimax-files/core/facts';
import { useClient } from '@urql/next';
import { type FormEvent, useState } from 'react';
import { FilesQuery } from '../graphql/documents';
import { splitIds } from '../lib/split-ids';
import { BatchResults, type BatchRow } from './batch-results';

export function BatchLookup() {
  const client = useClient();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<BatchRow[] | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { valid, invalid: notIds } = splitIds(text);
    setInvalid(notIds);
    setProblem(null);
    if (valid.length > MAX_IDS_PER_LOOKUP) {
      setProblem(
        `At most ${MAX_IDS_PER_LOOKUP} file IDs at once: you pasted ${valid.length}. Split the list and look up each part.`,
      );
      setRows(null);
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
    const refusal = result.error?.graphQLErrors[0]?.message;
    if (status === 401) {
      setProblem('Your session has ended. Sign in again, then repeat the look-up.');
    } else if (refusal) {
      setProblem(`The gateway refused the look-up: ${refusal}`);
    } else if (result.error || !result.data) {
      setProblem('The gateway could not be reached. Try again in a moment.');
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
      {rows && <BatchResults rows={rows} />}
    </>
  );
}
