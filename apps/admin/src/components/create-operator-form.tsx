'use client';

import { useActionState } from 'react';
import { type CreateOperatorState, createOperator } from '../app/operators/actions';
import { CopyButton } from './copy-button';
import { FormMessage } from './form-message';

const INITIAL: CreateOperatorState = { error: null, created: null };

/** Name and role in, the new token out: shown once, with a copy button, and gone on the next page load. */
export function CreateOperatorForm() {
  const [state, action, pending] = useActionState(createOperator, INITIAL);
  return (
    <section aria-labelledby="create-heading" className="panel">
      <h2 id="create-heading">New operator</h2>
      <form action={action} className="operator-form">
        <div className="field">
          <label htmlFor="operator-name">Name</label>
          <input
            id="operator-name"
            name="name"
            required
            maxLength={63}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={state.error !== null}
            aria-describedby={state.error ? 'create-error' : 'operator-name-help'}
          />
        </div>
        <div className="field">
          <label htmlFor="operator-role">Role</label>
          <select id="operator-role" name="role" defaultValue="VIEWER">
            <option value="VIEWER">VIEWER: look files up</option>
            <option value="OPERATOR">OPERATOR: look up and download</option>
            <option value="ADMIN">ADMIN: also operators and activity</option>
          </select>
        </div>
        <div className="actions">
          <button type="submit" disabled={pending} aria-busy={pending}>
            Create operator
          </button>
        </div>
      </form>
      <p id="operator-name-help" className="hint">
        Letters, digits, “.”, “_”, “@” or “-”, up to 63. The token is made by the gateway and shown here once.
      </p>
      <FormMessage id="create-error" error={state.error} />
      {state.created && (
        <div className="new-token">
          <p role="status">
            <strong>{state.created.name}</strong> can now sign in as {state.created.role} with this token.
            Copy it now: it is not shown again and not stored anywhere but as a hash.
          </p>
          <div className="field">
            <label htmlFor="new-token">New token</label>
            <input
              id="new-token"
              className="mono token"
              readOnly
              value={state.created.token}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
          <CopyButton text={state.created.token} label="Copy token" />
        </div>
      )}
    </section>
  );
}
