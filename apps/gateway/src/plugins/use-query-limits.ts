import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config.js';

/**
 * Depth, alias, token, directive and cost limits (graphql-armor), checked while parsing and validating,
 * before any resolver runs. Field suggestions are blocked so errors do not map the schema out when
 * introspection is off.
 */
export function useQueryLimits(limits: QueryLimits): Plugin {
  const onReject = [markAsBadRequest];
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    maxTokens: { n: limits.maxTokens, onReject },
    maxDirectives: { n: limits.maxDirectives, onReject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, onReject },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
  return {
    onPluginInit: ({ addPlugin }) => addPlugin(armor),
    // Yoga marks parse and validation errors as "spec" errors, which it answers with 200 to a client that
    // accepts only application/json (the token limit is a parse error: it answered 200 to such clients).
    // A refusal by a limit is 400 whatever the client accepts.
    onResultProcess: ({ result }) => {
      for (const error of errorsOf(result)) {
        const http = error.extensions?.http as { spec?: boolean } | undefined;
        if (error.extensions?.code === 'QUERY_LIMIT_EXCEEDED' && http) http.spec = false;
      }
    },
  };
}

function errorsOf(result: unknown): readonly GraphQLError[] {
  const errors = (result as { errors?: readonly GraphQLError[] } | null)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/**
 * Armor's errors carry no HTTP status, so Yoga would answer a refused document with 200. Tag them as the
 * client's mistake: 400, with a code clients can branch on.
 */
function markAsBadRequest(_context: ValidationContext | null, error: GraphQLError): void {
  Object.assign(error.extensions, { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } });
}
