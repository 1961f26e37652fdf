'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { type RevokeOperatorState, revokeOperator } from '../app/operators/actions';

const INITIAL: RevokeOperatorState = { error: null };

/**
 * `Revoke`, then a confirmation in the row (`Revoke` again, or `Cancel`): revoking ends the operator's token and
 * sessions at once.
 */
export function RevokeOperatorButton({ name }: { name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState(revokeOperator, INITIAL);
  const confirm = useRef<HTMLButtonElement>(null);
  const questionId = useId();
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
      <span id={questionId}>
        Revoke <strong>{name}</strong>? Their token and sessions stop working at once.
      </span>
      {/* Named `Revoke` again, so the second press of the same name confirms; the question describes it. */}
      <button
        type="submit"
        className="small danger"
        disabled={pending}
        aria-busy={pending}
        aria-describedby={questionId}
        ref={confirm}
      >
        Revoke
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
