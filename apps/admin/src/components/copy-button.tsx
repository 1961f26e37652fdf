'use client';

import { useEffect, useState } from 'react';

/** Copies text to the clipboard and says so in a live region (buttons alone give no feedback to screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (status === '') return;
    const timer = window.setTimeout(() => setStatus(''), 3000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the ID and copy it by hand');
    }
  }

  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="hint copy-status">
        {status}
      </span>
    </span>
  );
}
