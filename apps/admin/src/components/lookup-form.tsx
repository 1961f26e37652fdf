'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { checkFileId } from '../lib/file-id';
import { useDelayedFlag } from '../lib/use-delayed-flag';
import { FormMessage } from './form-message';
import { PLACEHOLDER_DELAY_MS, ResultPlaceholder } from './result-placeholder';

/** The File ID field: checked here in the browser, then the result page is /files/{canonical id}. */
export function LookupForm({ initialId = '' }: { initialId?: string }) {
  const router = useRouter();
  const [value, setValue] = useState(initialId);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const slow = useDelayedFlag(pending, PLACEHOLDER_DELAY_MS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkFileId(value);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(null);
    setValue(check.id);
    // Looking the shown id up again means "ask again": re-render the result instead of a no-op navigation.
    startTransition(() => (check.id === initialId ? router.refresh() : router.push(`/files/${check.id}`)));
  }

  return (
    <>
      <form onSubmit={onSubmit} className="lookup-form" noValidate>
        <div className="field">
          <label htmlFor="file-id">File ID</label>
          <div className="input-row">
            <input
              id="file-id"
              name="id"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              className="mono"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error ? 'file-id-error' : 'file-id-hint'}
            />
            <button type="submit" aria-busy={pending}>
              Look up
            </button>
          </div>
        </div>
        <FormMessage id="file-id-error" error={error}>
          <p id="file-id-hint" className="hint">
            Paste the file_id from a ticket or log: digits only, spaces around it are ignored.
          </p>
        </FormMessage>
      </form>
      {/* While it shows, CSS hides the result of the previous look-up, which sits right after it. */}
      {slow && <ResultPlaceholder />}
    </>
  );
}
