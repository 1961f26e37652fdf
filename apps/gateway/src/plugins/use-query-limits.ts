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
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, onReject },
    maxAliases: { n: limits.maxAliases, onReject },
    maxTokens: { n: limits.maxTokens, onReject },
    maxDirectives: { n: limits.maxDirectives, onReject },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, onReject },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}

/**
 * Armor's errors carry no HTTP status, so Yoga would answer a refused document with 200. Tag them as the
 * client's mistake: 400, with a code clients can branch on.
 */
function markAsBadRequest(_context: ValidationContext | null, error: GraphQLError): void {
  Object.assign(error.extensions, { code: 'QUERY_LIMIT_EXCEEDED', http: { status: 400 } });
}
