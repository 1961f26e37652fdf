import type { CombinedError } from '@urql/core';

export interface GatewayRefusal {
  /** The gateway's `extensions.code`: FORBIDDEN, BAD_USER_INPUT, CONFLICT, NOT_FOUND, SERVICE_UNAVAILABLE, … */
  code: string;
  /** Written for people by the gateway; shown as it is. */
  message: string;
}

/** The gateway's own refusal of an operation (a GraphQL error with a code), or null for any other failure. */
export function gatewayRefusal(error: CombinedError | undefined): GatewayRefusal | null {
  const first = error?.graphQLErrors[0];
  const code = first?.extensions?.code;
  return typeof code === 'string' ? { code, message: first?.message ?? '' } : null;
}
