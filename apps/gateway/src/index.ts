export {
  ConfigError,
  DEFAULTS,
  type GatewayConfig,
  type LogLevel,
  type QueryLimits,
  readConfig,
  type UpstreamConfig,
} from './config.js';
export type { GatewayContext, GatewayUserContext, ServerContext } from './context.js';
export { MAX_IDS_PER_CALL } from './schema/resolvers/query.js';
export { createGateway, type Gateway, type GatewayOptions } from './server.js';
