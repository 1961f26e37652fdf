import type { FileResultFieldsFragment } from '../gql/graphql';

export type LookupResult = FileResultFieldsFragment;
export type FoundFile = Extract<LookupResult, { __typename: 'File' }>;
export type LookupError = Exclude<LookupResult, { __typename: 'File' }>;
export type ErrorKind = LookupError['__typename'];

/** What an operator reads for each error member: a heading (also the batch table's status) and the next step. */
export const ERROR_COPY: Record<ErrorKind, { heading: string; nextStep: string }> = {
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

/** The batch table's status text: `Found` or the error member's heading. */
export function statusText(result: LookupResult): string {
  return result.__typename === 'File' ? 'Found' : ERROR_COPY[result.__typename].heading;
}
