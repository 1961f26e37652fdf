// A supergraph router in front of the gateway: Hive Gateway (createGatewayRuntime) serving a supergraph composed
// (@theguild/federation-composition) from the gateway's own `_service { sdl }`, forwarding the operator token, as an
// organisation's router would. GATEWAY_URL and OPERATOR_TOKEN come from the measure.
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

const gatewayUrl = `${process.env.GATEWAY_URL}/graphql`;
const response = await fetch(gatewayUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.OPERATOR_TOKEN}` },
  body: JSON.stringify({ query: '{ _service { sdl } }' }),
});
const { data } = (await response.json()) as { data: { _service: { sdl: string } } };
const composed = composeServices([
  { name: 'minimax-files', typeDefs: parse(data._service.sdl), url: gatewayUrl },
]);
if (!composed.supergraphSdl)
  throw new Error(`no supergraph: ${composed.errors?.map((e) => e.message).join('; ')}`);

const router = createGatewayRuntime({
  supergraph: composed.supergraphSdl,
  logging: false,
  transports: { http: httpTransport },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
});
createServer(router).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
