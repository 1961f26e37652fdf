import { ERROR_KINDS, type ErrorKind } from '@minimax-files/core';

/** The union's error members are core's error kinds (one table, read here, never written again). */
const ERROR_MEMBERS: readonly string[] = ERROR_KINDS;
export type ErrorMember = ErrorKind;
export type FileResultMember = 'File' | ErrorMember;

/** A selection that asks every member for what identifies it. */
export const FILE_RESULT_SELECTION = `
  __typename
  ... on File { id filename purpose bytes createdAt downloadUrl }
  ... on Error { message retryable upstreamCode traceId }
  ... on FileNotFound { id }
  ... on RateLimited { retryAfterSeconds }
  ... on UpstreamError { httpStatus }
  ... on AuthenticationFailed { regionHint }
`;

export interface FileResultValue {
  __typename: FileResultMember;
  id?: string;
  filename?: string;
  purpose?: string;
  bytes?: string | null;
  createdAt?: string;
  downloadUrl?: string | null;
  message?: string;
  retryable?: boolean;
  upstreamCode?: number | null;
  traceId?: string | null;
  retryAfterSeconds?: number | null;
  httpStatus?: number | null;
  regionHint?: string;
}

/** Why a value is not a well-formed FileResult for the id asked (an empty list when it is). */
export function fileResultProblems(value: unknown, requestedId: string): string[] {
  if (typeof value !== 'object' || value === null) return [`not an object: ${JSON.stringify(value)}`];
  const result = value as FileResultValue;
  if (result.__typename === 'File') {
    const problems: string[] = [];
    if (result.id !== requestedId) problems.push(`File.id ${result.id} for ${requestedId}`);
    if (typeof result.filename !== 'string' || result.filename === '') problems.push('File.filename');
    if (typeof result.purpose !== 'string') problems.push('File.purpose');
    if (result.bytes !== null && !/^\d+$/.test(String(result.bytes)))
      problems.push(`File.bytes ${result.bytes}`);
    if (typeof result.createdAt !== 'string' || Number.isNaN(Date.parse(result.createdAt)))
      problems.push('File.createdAt');
    return problems;
  }
  if (!ERROR_MEMBERS.includes(result.__typename)) {
    return [`unknown member ${String(result.__typename)}`];
  }
  const problems: string[] = [];
  if (typeof result.message !== 'string' || result.message === '')
    problems.push(`${result.__typename}.message`);
  if (typeof result.retryable !== 'boolean') problems.push(`${result.__typename}.retryable`);
  if (result.__typename === 'FileNotFound' && result.id !== requestedId)
    problems.push(`FileNotFound.id ${result.id} for ${requestedId}`);
  return problems;
}
