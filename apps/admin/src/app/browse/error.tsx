'use client';

import { GatewayUnreachable } from '../../components/gateway-unreachable';

export default function BrowseError({ error, retry }: { error: unknown; retry: () => void }) {
  return <GatewayUnreachable heading="The list did not load" error={error} retry={retry} />;
}
