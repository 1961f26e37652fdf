/**
 * The httpOnly cookie that holds the gateway's session id (never the operator token; client JavaScript never sees
 * it): read by the front door, the proxy and the session helpers alike.
 */
export const SESSION_COOKIE = 'mmf_session';
