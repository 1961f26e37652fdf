/**
 * How long a look-up may take before its placeholder shows. The result page has no loading.tsx on purpose: a
 * route-level Suspense fallback, shown on every navigation, makes React hold the result back for its 300 ms
 * reveal throttle even when the server answers in 20 ms. Until then the button is busy and the page stays put.
 */
export const PLACEHOLDER_DELAY_MS = 200;

/** Holds the result's place, shaped like the file panel, while a look-up is on its way: nothing jumps. */
export function ResultPlaceholder() {
  return (
    <section className="panel skeleton" aria-busy="true">
      <p role="status">Looking the file up…</p>
      <div className="skeleton-heading" />
      {['id', 'filename', 'purpose', 'size', 'created', 'type'].map((row) => (
        <div key={row} className="skeleton-line" />
      ))}
      <div className="skeleton-actions" />
    </section>
  );
}
