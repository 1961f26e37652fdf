import type { ReactNode } from 'react';

/**
 * The slot under a form where its error appears: it keeps its height (`message-slot`), so the page does not jump
 * when an error comes or goes, and the error is an alert, so a screen reader announces it. `id` is what the field's
 * `aria-describedby` points at; `children` is shown while there is no error (a hint).
 */
export function FormMessage({
  id,
  error,
  children,
}: {
  id: string;
  error: string | null | undefined;
  children?: ReactNode;
}) {
  return (
    <div className="message-slot">
      {error ? (
        <p id={id} role="alert" className="inline-alert">
          {error}
        </p>
      ) : (
        children
      )}
    </div>
  );
}
