'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';

/** Asks the server to render the page again, which repeats the look-up. */
export function RetryButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="actions">
      <button type="button" onClick={() => startTransition(() => router.refresh())} aria-busy={pending}>
        Retry
      </button>
      <span role="status" className="hint">
        {pending ? 'Retrying…' : ''}
      </span>
    </div>
  );
}

/** "Retry in N s", counting down from the gateway's retryAfterSeconds; then the Retry button. */
export function RetryCountdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(Math.max(0, Math.ceil(seconds)));

  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setTimeout(() => setLeft((value) => value - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);

  if (left > 0) {
    return (
      <div className="actions">
        <p className="countdown" aria-live="off">
          Retry in {left} s
        </p>
      </div>
    );
  }
  return <RetryButton />;
}
