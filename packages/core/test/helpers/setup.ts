import { afterEach } from 'vitest';
import { closeAllClients } from './client.js';
import { closeAllServers } from './http-server.js';

afterEach(async () => {
  await closeAllClients();
  await closeAllServers();
});
