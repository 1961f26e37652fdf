import type { Metadata } from 'next';
import { BatchLookup } from '../../components/batch-lookup';
import { requireSessionId } from '../../server/session';

export const metadata: Metadata = { title: 'Batch look-up · MiniMax Files' };

export default async function BatchPage() {
  await requireSessionId();
  return (
    <>
      <h1>Batch look-up</h1>
      <p className="lead">
        Paste up to 100 file IDs, separated by new lines, commas or spaces. They are looked up in one go.
      </p>
      <BatchLookup />
    </>
  );
}
