#!/usr/bin/env node
// The `start` script: reads the environment, listens on HOST:PORT and drains on SIGTERM / SIGINT.
import { ConfigError, readConfig } from './config.js';
import { createGateway } from './server.js';
import { startTracing } from './telemetry/start-tracing.js';

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Before the gateway exists, so every span it makes has a provider; nothing is loaded without an OTLP endpoint.
const tracing = await startTracing('minimax-files-gateway');
const gateway = createGateway(config, { tracing: tracing !== undefined });
const { logger, server } = gateway;

server.on('error', (error) => {
  logger.fatal({ err: error }, 'cannot listen');
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info(
    {
      url: `http://${host}:${port}/graphql`,
      auth: config.operatorTokens.length > 0 ? 'operator tokens' : 'off (loopback only)',
      graphiql: config.graphiql,
      introspection: config.introspection,
    },
    'gateway listening',
  );
  if (config.operatorTokens.length === 0) {
    logger.warn('GATEWAY_OPERATOR_TOKENS is not set: every request is served without auth (loopback only)');
  }
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight requests, then exiting');
    gateway
      .close()
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  });
}
