export { EmulatorControlClient } from '@minimax-files/emulator';
export { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
export { freePort } from './free-port.js';
export { type GraphQLAnswer, type GraphQLRequest, postGraphQL, queryData } from './graphql.js';
export { paintedAfterNextClick } from './paint-timing.js';
export {
  type ProcessExit,
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
} from './server-process.js';
