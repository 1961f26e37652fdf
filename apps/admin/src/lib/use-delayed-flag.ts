import { useEffect, useState } from 'react';

/** `on`, but only once it has stayed on for `delayMs`: a quick answer never flashes a placeholder first. */
export function useDelayedFlag(on: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [on, delayMs]);
  return on && shown;
}
