import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { TrustedDocument } from '../trusted-documents.js';

export interface TrustedDocumentsOptions {
  /** The manifest, compiled (`compileTrustedDocuments`). */
  documents: ReadonlyMap<string, TrustedDocument>;
  /** `GATEWAY_DOCUMENTS=trusted-only`: refuse any document that is not in the manifest. */
  trustedOnly: boolean;
}

/**
 * Trusted (persisted) documents: a request naming a manifest id (`extensions.persistedQuery.sha256Hash`, as urql's
 * and Apollo's clients send it) gets the document parsed and validated at start (no parse, no validation per
 * request) and runs graphql-jit's precompiled plan instead of graphql-js's execute. Arbitrary documents are
 * still accepted from authenticated callers unless `trustedOnly`.
 */
export function useTrustedDocuments({ documents, trustedOnly }: TrustedDocumentsOptions): Plugin {
  const planOf = new WeakMap<DocumentNode, TrustedDocument>();
  for (const trusted of documents.values()) planOf.set(trusted.document, trusted);

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePersistedOperations({
          getPersistedOperation: (id) => documents.get(id)?.document ?? null,
          allowArbitraryOperations: !trustedOnly,
          skipDocumentValidation: true,
          customErrors: {
            keyNotFound: {
              message:
                'Send a GraphQL document as `query`, or a trusted document id in extensions.persistedQuery.',
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            },
            persistedQueryOnly: {
              message:
                'This gateway runs only trusted documents (GATEWAY_DOCUMENTS=trusted-only): send the id of a document from its manifest.',
              extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 400 } },
            },
          },
        }),
      );
    },
    onExecute({ args, setExecuteFn }) {
      const trusted = planOf.get(args.document);
      // An operation name other than the document's own is left to graphql-js, which reports it.
      if (!trusted || (args.operationName != null && args.operationName !== trusted.operationName)) return;
      setExecuteFn((execution) =>
        trusted.plan.query(execution.rootValue, execution.contextValue, execution.variableValues),
      );
    },
  };
}
