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

/**
 * The longest Retry-After core reports: MiniMax's limits are per minute, so a longer wait is a broken or hostile
 * header, and it must not reach a caller (an HTTP Retry-After, a GraphQL field, a CLI message) as is.
 */
export const MAX_RETRY_AFTER_SECONDS = 300;
