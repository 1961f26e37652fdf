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
export { createGateway, type Gateway, type GatewayOptions } from './server.js';
