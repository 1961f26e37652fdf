import type { ReactNode } from 'react';
import { LookupForm } from '../../../components/lookup-form';
import { LookupLead } from '../../../components/lookup-lead';
import { RecentLookups } from '../../../components/recent-lookups';
import { canonicalFileId } from '../../../lib/file-id';

/**
 * The look-up page's own shape (heading, lead, form, then the result where the form's placeholder goes): a
 * look-up from `/` that takes a while turns into this page without moving anything already on screen.
 */
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
      <LookupLead />
      <LookupForm key={raw} initialId={id ?? raw} />
      <div className="result">{children}</div>
      <RecentLookups remember={id ?? undefined} />
    </>
  );
}
