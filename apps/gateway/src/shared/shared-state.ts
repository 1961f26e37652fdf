import type { Logger } from 'pino';
import type { GatewayConfig } from '../config.js';
import type { GatewayMetrics } from '../metrics.js';
import { createRedisLink, type RedisLink } from './redis-link.js';
import { startReplicaCensus } from './replica-census.js';
import { createRevocationFeed, type RevocationFeed } from './revocation-feed.js';
import { createSealedBox } from './sealed-box.js';
import { createSharedLookups, type SharedLookups } from './shared-lookups.js';
import { createUpstreamBudget, type UpstreamBudget } from './upstream-budget.js';

/**
 * What replicas share: present with `REDIS_URL` (look-ups, revocations) and `MINIMAX_RPM` (the budget, also
 * without Redis).
 */
export interface SharedState {
  link?: RedisLink;
  lookups?: SharedLookups;
  revocations?: RevocationFeed;
  budget?: UpstreamBudget;
  close(): Promise<void>;
}

export function createSharedState(
  config: GatewayConfig,
  metrics: GatewayMetrics,
  logger: Logger,
): SharedState {
  const link =
    config.redisUrl === undefined
      ? undefined
      : createRedisLink({ url: config.redisUrl, logger: logger.child({ component: 'shared-state' }) });
  link?.onStateChange((up) => metrics.sharedStateUp.set(up ? 1 : 0));
  const census = link && startReplicaCensus(link);
  const lookups =
    link &&
    createSharedLookups({
      link,
      box: createSealedBox(config.upstream.apiKey),
      onResult: (result) => metrics.sharedLookups.inc({ result }),
    });
  const revocations = link && createRevocationFeed(link);
  const budget =
    config.rpm === undefined
      ? undefined
      : createUpstreamBudget({
          rpm: config.rpm,
          windowSeconds: config.rpmWindowSeconds,
          ...(link && { link, replicas: () => census?.count ?? 1 }),
          onDecision: (decision) => metrics.upstreamBudget.inc({ decision }),
        });
  return {
    ...(link && { link }),
    ...(lookups && { lookups }),
    ...(revocations && { revocations }),
    ...(budget && { budget }),
    async close() {
      census?.stop();
      await link?.close();
    },
  };
}
