/** POSTs a GraphQL document and returns the parsed body; throws on HTTP errors and GraphQL errors. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (parsed.errors?.length)
    throw new Error(`${url}: GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 300)}`);
  return parsed.data as T;
}

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
  const data = await postGraphql<FileAnswer>(url, body, headers);
  if (data.file.__typename !== 'File' || (id !== undefined && data.file.id !== id)) {
    throw new Error(`${url} answered ${JSON.stringify(data.file)} instead of File ${id ?? ''}`);
  }
}
