// Generates the resolver types from schema.graphql (the single source of truth). Run `pnpm codegen`;
// `pnpm codegen:check` fails when the committed output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const failedLookup = '../schema/failed-lookup.js#FailedLookup';
const upstreamFailure = '../schema/failed-lookup.js#UpstreamFailure';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        // File is a federation entity: its resolvers get a typed __resolveReference.
        federation: true,
        useIndexSignature: false,
        enumsAsTypes: true,
        contextType: '../context.js#GatewayContext',
        scalars: {
          FileID: 'string',
          Int64: { input: 'string', output: 'string | number | bigint' },
          DateTime: { input: 'Date', output: 'Date | string' },
          ID: 'string',
        },
        // Resolvers return core's values directly; the field resolvers read from them.
        mappers: {
          File: '@minimax-files/core#MiniMaxFile',
          FileList: '../lookups/file-list.js#FileListView',
          FileNotFound: failedLookup,
          InvalidFileId: upstreamFailure,
          AuthenticationFailed: upstreamFailure,
          RateLimited: upstreamFailure,
          InsufficientBalance: upstreamFailure,
          ContentRejected: upstreamFailure,
          UpstreamTimeout: upstreamFailure,
          UpstreamError: upstreamFailure,
          Operator: '../auth/operator-store.js#OperatorRecord',
          AuditEvent: '../db/tables.js#AuditEventRow',
          Usage: '../audit/usage-query.js#UsageView',
          Error: upstreamFailure,
        },
      },
    },
  },
};

export default config;
