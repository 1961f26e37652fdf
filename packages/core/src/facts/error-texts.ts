import type { ErrorKind } from './errors.js';

const GLOBAL_HOST = 'api.minimax.io';
const MAINLAND_HOST = 'api.minimaxi.com';

/** The advice for a refused key (1004) when the host in use is not known, e.g. in a browser. */
export const REGION_HINT =
  `MiniMax API keys are tied to a region: keys from platform.minimax.io work only with https://${GLOBAL_HOST} ` +
  `and keys from platform.minimaxi.com (mainland China) only with https://${MAINLAND_HOST}.`;

/** The same advice, naming the host a client talks to and the base URL to try instead. */
export function regionHintFor(baseURL: string): string {
  const host = hostOf(baseURL);
  const other = host === MAINLAND_HOST ? `https://${GLOBAL_HOST}` : `https://${MAINLAND_HOST}`;
  return `${REGION_HINT} This client talks to ${host}; if the key is right, try MINIMAX_BASE_URL=${other}.`;
}

export function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}

/**
 * What a person reads for each error kind: a short heading (also a table's status text) and the next step. One
 * wording for the admin, the command line and anything else that shows an error to an operator.
 */
export const ERROR_TEXTS: Record<ErrorKind, { heading: string; nextStep: string }> = {
  FileNotFound: {
    heading: 'File not found',
    nextStep:
      'Check the ID against the ticket or log it came from. Files belong to one MiniMax account and region.',
  },
  InvalidFileId: {
    heading: 'Invalid file ID',
    nextStep: 'MiniMax rejected this ID as malformed. Copy it again from the source, digits only.',
  },
  AuthenticationFailed: {
    heading: 'Authentication failed',
    nextStep:
      'The gateway’s MiniMax API key was refused. Ask whoever runs the gateway to check the key and its region.',
  },
  RateLimited: {
    heading: 'Rate limited',
    nextStep: 'MiniMax asked us to slow down. Wait a moment, then retry.',
  },
  InsufficientBalance: {
    heading: 'Insufficient balance',
    nextStep: 'The MiniMax account has run out of balance. Ask the account owner to top it up, then retry.',
  },
  ContentRejected: {
    heading: 'Content rejected',
    nextStep:
      'MiniMax’s content checks refused this file. There is nothing to retry; escalate if you think this is wrong.',
  },
  UpstreamTimeout: {
    heading: 'Upstream timeout',
    nextStep:
      'MiniMax did not answer in time. Retry; if it keeps happening, quote the trace ID to MiniMax support.',
  },
  UpstreamError: {
    heading: 'Upstream error',
    nextStep:
      'Something went wrong between the gateway and MiniMax. Retry; if it persists, quote the trace ID to MiniMax support.',
  },
};
