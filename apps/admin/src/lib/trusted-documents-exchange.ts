import { persistedExchange } from '@urql/exchange-persisted';

/**
 * Sends each operation as its trusted-document id only (`extensions.persistedQuery.sha256Hash`), never its text:
 * codegen's client preset embeds the id in every generated document (`__meta__.hash`) and lists it in
 * `src/gql/persisted-documents.json`, the manifest the gateway loads. Used by the server's and the browser's
 * urql clients alike, so the admin works against a gateway with GATEWAY_DOCUMENTS=trusted-only.
 */
export function trustedDocumentsExchange() {
  return persistedExchange({
    enforcePersistedQueries: true,
    enableForMutation: true,
    // POST, like every other request of ours: the gateway's fast path and the admin's forwarder take POST.
    preferGetForPersistedQueries: false,
    generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash,
  });
}
