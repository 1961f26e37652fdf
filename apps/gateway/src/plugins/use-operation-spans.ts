import { type Attributes, context, SpanStatusCode, trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { endSpanAfter } from '../telemetry/end-span-after.js';
import { hasRecordingParent, TRACER_NAME } from '../telemetry/tracer.js';

/**
 * A span per GraphQL operation executed (inside the HTTP request's span), named after the operation and carrying
 * its trusted-document id when the caller sent one; the resolvers, the look-ups and the upstream attempts run inside
 * it. Registered after the trusted-documents plugin, so it wraps whichever execute function that one chose.
 */
export function useOperationSpans(): Plugin {
  const tracer = trace.getTracer(TRACER_NAME);
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!hasRecordingParent()) return;
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'query';
      const name = operation?.name?.value;
      const attributes: Attributes = { 'graphql.operation.type': type };
      if (name) attributes['graphql.operation.name'] = name;
      const documentId = documentIdOf(args.contextValue);
      if (documentId) attributes['graphql.document.id'] = documentId;
      const span = tracer.startSpan(name ? `graphql ${type} ${name}` : `graphql ${type}`, { attributes });
      const active = trace.setSpan(context.active(), span);
      setExecuteFn((execution) =>
        endSpanAfter(
          span,
          () => context.with(active, () => executeFn(execution)),
          (result) => {
            const errors = 'errors' in result ? result.errors?.length : undefined;
            if (!errors) return;
            span.setAttribute('graphql.errors', errors);
            span.setStatus({ code: SpanStatusCode.ERROR });
          },
        ),
      );
    },
  };
}

/** The trusted-document id a request named (`extensions.persistedQuery.sha256Hash`), if any. */
function documentIdOf(contextValue: unknown): string | undefined {
  const params = (contextValue as { params?: { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } })
    ?.params;
  const id = params?.extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id : undefined;
}
