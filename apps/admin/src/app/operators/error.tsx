'use client';

import { GatewayUnreachable } from '../../components/gateway-unreachable';

export default function OperatorsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <GatewayUnreachable heading="The operators did not load" error={error} retry={retry} />;
}
