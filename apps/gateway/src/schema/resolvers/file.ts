import { contentTypeFor } from '@minimax-files/http-rules';
import { DOWNLOAD_ROLE, roleAllows } from '../../auth/roles.js';
import { fileContentPath } from '../../download/file-content-path.js';
import type { FileResolvers } from '../../generated/resolvers-types.js';

// id, filename, purpose and downloadUrlExpiresAt are read as they are from core's MiniMaxFile.
export const File: FileResolvers = {
  // MiniMax reports 0 for some videos whose size it does not know: null says "unknown", not "empty".
  bytes: ({ bytes }) => (bytes > 0 ? bytes : null),
  createdAt: ({ createdAt }) => createdAt,
  contentType: ({ filename }) => contentTypeFor(filename),
  // The gateway's own route: the upstream signed link never reaches a client. Null for a role that may not download.
  downloadUrl: ({ id }, _, { principal }) =>
    roleAllows(principal.role, DOWNLOAD_ROLE) ? fileContentPath(id) : null,
};
