// Baseline server: bare graphql-yoga (no plugins beyond its defaults) answering the bench query from a constant,
// with the gateway's own SDL. What Yoga's request pipeline costs with no upstream and no resolvers worth the name.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { CONSTANT_FILE, gatewaySdl } from '../lib/queries.js';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: gatewaySdl(),
    resolvers: {
      Query: { file: () => CONSTANT_FILE },
      FileResult: { __resolveType: (value: { __typename: string }) => value.__typename },
    },
  }),
  logging: false,
  graphiql: false,
});

const server = createServer(yoga);
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
