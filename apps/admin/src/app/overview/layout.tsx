import type { ReactNode } from 'react';
import { UrqlClientProvider } from '../../components/urql-provider';

export default function OverviewLayout({ children }: { children: ReactNode }) {
  return <UrqlClientProvider>{children}</UrqlClientProvider>;
}
