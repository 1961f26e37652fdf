'use client';

import { useActionState } from 'react';
import { FormMessage } from '../../components/form-message';
import { type SignInState, signIn } from './actions';

const INITIAL: SignInState = { error: null };

export function SignInForm() {
  const [state, action, pending] = useActionState(signIn, INITIAL);
  return (
    <form action={action} className="stack" aria-describedby="sign-in-help">
      <div className="field">
        <label htmlFor="token">Operator token</label>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          required
          aria-invalid={state.error !== null}
          aria-describedby={state.error ? 'sign-in-error' : undefined}
        />
      </div>
      <p id="sign-in-help" className="hint">
        The token comes from whoever runs the gateway. It is exchanged for a session with the gateway and not
        kept; the session lives in a cookie that page scripts cannot read.
      </p>
      <FormMessage id="sign-in-error" error={state.error} />
      <div className="actions">
        <button type="submit" disabled={pending} aria-busy={pending}>
          Sign in
        </button>
        <span role="status" className="hint">
          {pending ? 'Checking the token with the gateway…' : ''}
        </span>
      </div>
    </form>
  );
}
