import { ERROR_TEXTS } from '@minimax-files/core/facts';
import type { FileResultFieldsFragment } from '../gql/graphql';

export type LookupResult = FileResultFieldsFragment;
export type FoundFile = Extract<LookupResult, { __typename: 'File' }>;
export type LookupError = Exclude<LookupResult, { __typename: 'File' }>;
export type ErrorKind = LookupError['__typename'];

/** What an operator reads for each error member: core's one wording (a heading, also the batch table's status, and the next step). */
export const ERROR_COPY = ERROR_TEXTS;

/** The batch table's status text: `Found` or the error member's heading. */
export function statusText(result: LookupResult): string {
  return result.__typename === 'File' ? 'Found' : ERROR_COPY[result.__typename].heading;
}
