import type { Metadata } from 'next';
import { LookupForm } from '../components/lookup-form';
import { LookupLead } from '../components/lookup-lead';
import { RecentLookups } from '../components/recent-lookups';
import { requireSessionId } from '../server/session';

export const metadata: Metadata = { title: 'Look up a file · MiniMax Files' };

export default async function LookupPage() {
  await requireSessionId();
  return (
    <>
      <h1>Look up a file</h1>
      <LookupLead />
      <LookupForm />
      <RecentLookups />
    </>
  );
}
