import type { Metadata } from 'next';
import { LookupForm } from '../components/lookup-form';
import { RecentLookups } from '../components/recent-lookups';
import { requireSessionToken } from '../server/session';

export const metadata: Metadata = { title: 'Look up a file · MiniMax Files' };

export default async function LookupPage() {
  await requireSessionToken();
  return (
    <>
      <h1>Look up a file</h1>
      <p className="lead">Find a MiniMax file by its id, see what it is, and download or play it.</p>
      <LookupForm />
      <RecentLookups />
    </>
  );
}
