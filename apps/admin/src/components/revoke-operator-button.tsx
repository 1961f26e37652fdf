'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { type RevokeOperatorState, revokeOperator } from '../app/operators/actions';

const INITIAL: RevokeOperatorState = { error: null };

/** `Revoke`, then a confirmation in the row: revoking ends the operator's token and sessions at once. */
export function RevokeOperatorButton({ name }: { name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(revokeOperator, INITIAL);
  const confirm = useRef<HTMLButtonElement>(null);
  // The Revoke button just left the page: keyboard focus goes to the question's answer, not to the top.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <button type="button" className="secondary small" onClick={() => setConfirming(true)}>
        Revoke
      </button>
    );
  }
  return (
    <form action={action} className="confirm-revoke">
      <input type="hidden" name="name" value={name} />
      <span>
        Revoke <strong>{name}</strong>? Their token and sessions stop working at once.
      </span>
      <button type="submit" className="small danger" disabled={pending} aria-busy={pending} ref={confirm}>
        Yes, revoke {name}
      </button>
      <button type="button" className="secondary small" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {state.error && (
        <span role="alert" className="inline-alert">
          {state.error}
        </span>
      )}
    </form>
  );
}
