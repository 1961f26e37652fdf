import { DEFAULT_RETRY_AFTER_SECONDS, REGION_HINT } from '@minimax-files/core/facts';
import { FILE_ID_RULE } from '../lib/file-id';
import { ERROR_COPY, type LookupError } from '../lib/lookup-outcome';
import { RetryButton, RetryCountdown } from './retry';

/**
 * One error member of a result union: its own heading, the gateway's message, and what to do next. `id` is the
 * file looked up (a list has none).
 */
export function ErrorPanel({
  id,
  error,
  renderedAt,
}: {
  id?: string;
  error: LookupError;
  renderedAt: number;
}) {
  const copy = ERROR_COPY[error.__typename];
  return (
    <section role="alert" aria-labelledby="error-heading" className="panel error-panel">
      <h2 id="error-heading">{copy.heading}</h2>
      <p>{error.message}</p>
      {error.__typename === 'AuthenticationFailed' && <p>{error.regionHint || REGION_HINT}</p>}
      <p className="next-step">{copy.nextStep}</p>
      <Details id={id} error={error} />
      {error.__typename === 'RateLimited' && (
        // A new key per server render restarts the countdown when a retry is rate-limited again.
        <RetryCountdown key={renderedAt} seconds={error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS} />
      )}
      {(error.__typename === 'UpstreamTimeout' || error.__typename === 'UpstreamError') && <RetryButton />}
    </section>
  );
}

/** The facts to quote when asking for help: which id, and what MiniMax said. */
function Details({ id, error }: { id?: string; error: LookupError }) {
  const httpStatus = error.__typename === 'UpstreamError' ? error.httpStatus : null;
  return (
    <ul className="details">
      {id && (
        <li>
          File ID: <code>{id}</code>
        </li>
      )}
      {error.traceId && (
        <li>
          Trace ID: <code>{error.traceId}</code>
        </li>
      )}
      {error.upstreamCode != null && (
        <li>
          MiniMax status code: <code>{error.upstreamCode}</code>
        </li>
      )}
      {httpStatus != null && (
        <li>
          HTTP status: <code>{httpStatus}</code>
        </li>
      )}
    </ul>
  );
}

/** A /files/{id} address that is not a file id at all: said here, without asking the gateway. */
export function InvalidInputPanel({ input }: { input: string }) {
  return (
    <section role="alert" aria-labelledby="error-heading" className="panel error-panel">
      <h2 id="error-heading">{ERROR_COPY.InvalidFileId.heading}</h2>
      <p>
        <code>{input}</code> is not a file ID. {FILE_ID_RULE}
      </p>
      <p className="next-step">Copy the ID again from the ticket or log it came from.</p>
    </section>
  );
}
