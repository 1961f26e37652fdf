import { queryData } from '@minimax-files/testkit';

interface FileAnswer {
  file: { __typename: string; id?: string };
}

/** Checks a server answers the bench look-up with a File (optionally of this id) before it is measured. */
export async function expectFile(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  id?: string,
) {
  const data = await queryData<FileAnswer>(url, body, { headers });
  if (data.file.__typename !== 'File' || (id !== undefined && data.file.id !== id)) {
    throw new Error(`${url} answered ${JSON.stringify(data.file)} instead of File ${id ?? ''}`);
  }
}
