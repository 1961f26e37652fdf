/** Holds the result's place while the server asks the gateway, so nothing jumps when it arrives. */
export default function LoadingFile() {
  return (
    <section className="panel skeleton" aria-busy="true" aria-live="polite">
      <p role="status">Looking the file up…</p>
      <div className="skeleton-heading" />
      <div className="skeleton-line" />
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
    </section>
  );
}
