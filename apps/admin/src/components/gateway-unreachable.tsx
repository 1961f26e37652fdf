'use client';

import { useId } from 'react';

/** The gateway could not be reached or answered oddly: say so calmly and offer to try again. */
export function GatewayUnreachable({
  heading,
  error,
  retry,
}: {
  heading: string;
  error: unknown;
  retry: () => void;
}) {
  const headingId = useId();
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : null;
  return (
    <section role="alert" aria-labelledby={headingId} className="panel error-panel">
      <h2 id={headingId}>{heading}</h2>
      <p>The admin could not get an answer from the gateway. It may be restarting or unreachable.</p>
      <p className="next-step">Try again in a moment. If it keeps failing, tell whoever runs the gateway.</p>
      {digest && <p className="hint">Reference: {digest}</p>}
      <div className="actions">
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
      </div>
    </section>
  );
}
