const FILE_CONTENT = /^\/files\/([^/]+)\/content\/?$/;

/** Where a file's bytes are served: relative to the gateway's origin, so it works behind any proxy. */
export function fileContentPath(id: string): string {
  return `/files/${id}/content`;
}

/** The raw (not yet validated) id segment of a file-content path, or undefined for any other path. */
export function matchFileContentPath(pathname: string): string | undefined {
  const match = FILE_CONTENT.exec(pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
