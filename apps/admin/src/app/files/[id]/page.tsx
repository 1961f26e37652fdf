import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ErrorPanel, InvalidInputPanel } from '../../../components/error-panel';
import { FilePanel } from '../../../components/file-panel';
import { FileQuery } from '../../../graphql/documents';
import { canonicalFileId } from '../../../lib/file-id';
import { callerAddress } from '../../../server/caller-address';
import { gatewayClient, isUnauthorized } from '../../../server/gateway';
import { requireSessionId } from '../../../server/session';

interface FilePageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: FilePageProps): Promise<Metadata> {
  const id = canonicalFileId((await params).id);
  return { title: id ? `File ${id} · MiniMax Files` : 'Invalid file ID · MiniMax Files' };
}

/** Rendered on the server: a deep link shows the file (or why not) in the first HTML. */
export default async function FilePage({ params }: FilePageProps) {
  const session = await requireSessionId();
  const raw = (await params).id;
  const id = canonicalFileId(raw);
  if (id === null) return <InvalidInputPanel input={raw} />;
  if (id !== raw) redirect(`/files/${id}`);

  const result = await gatewayClient(session, await callerAddress())
    .query(FileQuery, { id })
    .toPromise();
  if (isUnauthorized(result.error)) redirect('/sign-in?expired=1');
  if (result.error || !result.data) {
    // error.tsx shows a calm message with Try again. Only the error's message goes to the server log: the
    // request behind it carried the operator's session.
    throw new Error(
      `The gateway could not answer the look-up of file ${id}: ${result.error?.message ?? 'no data'}`,
    );
  }

  const file = result.data.file;
  if (file.__typename === 'File') return <FilePanel file={file} />;
  return <ErrorPanel id={id} error={file} renderedAt={Date.now()} />;
}
