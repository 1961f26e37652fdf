// Baseline server: fastify + mercurius with graphql-jit compiling the query after its first use, answering from a
// constant with the gateway's SDL: the fastest general-purpose Node GraphQL server measured on this machine.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { CONSTANT_FILE, gatewaySdl } from '../lib/queries.js';

const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema: gatewaySdl(),
  resolvers: {
    Query: { file: async () => CONSTANT_FILE },
  },
  jit: 1,
});
app.get('/healthz', async () => 'ok');
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
