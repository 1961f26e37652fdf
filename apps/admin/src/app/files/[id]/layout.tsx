import type { ReactNode } from 'react';
import { LookupForm } from '../../../components/lookup-form';
import { RecentLookups } from '../../../components/recent-lookups';
import { canonicalFileId } from '../../../lib/file-id';

/** The look-up form stays above the result while it loads (loading.tsx covers only the page). */
export default async function FileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const raw = (await params).id;
  const id = canonicalFileId(raw);
  return (
    <>
      <h1>Look up a file</h1>
      <LookupForm key={raw} initialId={id ?? raw} />
      <div className="result">{children}</div>
      <RecentLookups remember={id ?? undefined} />
    </>
  );
}
