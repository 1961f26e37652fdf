/**
 * Ids one batch look-up may carry (the admin's batch form and the gateway's `files(ids)`): enough for a pasted
 * ticket or log excerpt, small enough that a batch never takes more than a few seconds at the upstream
 * concurrency the gateway allows.
 */
export const MAX_IDS_PER_LOOKUP = 100;

/**
 * How long to suggest waiting after `RateLimited` when the upstream named no time: the longest Retry-After core
 * itself waits out (`MAX_RETRY_AFTER_MS`), so a caller never retries sooner than core would have.
 */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;
