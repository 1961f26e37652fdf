'use client';

import { GatewayUnreachable } from '../../../components/gateway-unreachable';

export default function FileError({ error, retry }: { error: unknown; retry: () => void }) {
  return <GatewayUnreachable heading="The look-up did not finish" error={error} retry={retry} />;
}
