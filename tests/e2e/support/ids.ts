import { SEEDED } from '@minimax-files/emulator';

export { SEEDED };

/** Ids the emulator has no file for. Each error spec uses its own, so no gateway cache can answer for it. */
export const UNSEEDED = {
  notFound: '4242424242424242001',
  invalid: '4242424242424242002',
  authentication: '4242424242424242003',
  rateLimited: '4242424242424242004',
  balance: '4242424242424242005',
  content: '4242424242424242006',
  timeout: '4242424242424242007',
  upstream: '4242424242424242008',
  batchMissing: '4242424242424242009',
  traced: '4242424242424242010',
  hostileName: '4242424242424242011',
} as const;
