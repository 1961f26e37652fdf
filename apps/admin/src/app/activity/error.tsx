'use client';

import { GatewayUnreachable } from '../../components/gateway-unreachable';

export default function ActivityError({ error, retry }: { error: unknown; retry: () => void }) {
  return <GatewayUnreachable heading="The activity log did not load" error={error} retry={retry} />;
}
