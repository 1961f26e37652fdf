import type { Metadata } from 'next';
import { LookupForm } from '../components/lookup-form';
import { LookupLead } from '../components/lookup-lead';
import { RecentLookups } from '../components/recent-lookups';
import { requireSessionToken } from '../server/session';

export const metadata: Metadata = { title: 'Look up a file · MiniMax Files' };

export default async function LookupPage() {
  await requireSessionToken();
  return (
    <>
      <h1>Look up a file</h1>
      <LookupLead />
      <LookupForm />
      <RecentLookups />
    </>
  );
}
