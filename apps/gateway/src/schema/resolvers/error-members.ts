import { REGION_HINT } from '@minimax-files/core';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { UpstreamFailure } from '../failed-lookup.js';

// The fields of the Error interface, read from core's error; each member adds what it alone carries.
const errorFields = {
  message: ({ error }: UpstreamFailure) => error.message,
  retryable: ({ error }: UpstreamFailure) => error.retryable,
  upstreamCode: ({ error }: UpstreamFailure) => error.upstreamCode ?? null,
  traceId: ({ error }: UpstreamFailure) => error.traceId ?? null,
};

export const errorMembers: Resolvers = {
  FileNotFound: { ...errorFields, id: ({ id }) => id },
  InvalidFileId: errorFields,
  AuthenticationFailed: {
    ...errorFields,
    regionHint: ({ error }) => error.regionHint ?? REGION_HINT,
  },
  RateLimited: { ...errorFields, retryAfterSeconds: ({ error }) => error.retryAfterSeconds ?? null },
  InsufficientBalance: errorFields,
  ContentRejected: errorFields,
  UpstreamTimeout: errorFields,
  UpstreamError: { ...errorFields, httpStatus: ({ error }) => error.httpStatus ?? null },
};
