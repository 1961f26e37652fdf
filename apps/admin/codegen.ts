import type { CodegenConfig } from '@graphql-codegen/cli';

// The gateway's SDL is the single source of truth; every document under src/ is typed from it.
const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      // Each operation gets its sha256 hash embedded (`__meta__.hash`) and listed in persisted-documents.json
      // (hash → document): the manifest the gateway loads; the admin sends only the hash.
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // These scalars are decimal or ISO strings on the wire; never numbers (int64 would lose digits).
        scalars: {
          FileID: { input: 'string', output: 'string' },
          Int64: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
        },
      },
    },
  },
};

export default config;
