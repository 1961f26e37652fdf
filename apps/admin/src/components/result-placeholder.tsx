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
