import type { CatalogueEntry } from './catalogue/seeded.js';
import type { FileLinks } from './minimax-json.js';
import type { EmulatorState } from './state.js';

/**
 * Fresh signed links for a file, minted at each retrieve like MiniMax's OSS links. They point at the host the
 * client used (unless `downloadOrigin` is set), so a client that reached us as `localhost` gets `localhost`
 * links, which its download-host allowlist (the base URL's host) accepts.
 */
export function linksFor(
  state: EmulatorState,
  entry: CatalogueEntry,
  hostHeader: string | undefined,
): FileLinks {
  const origin = state.downloadOrigin(hostHeader);
  return {
    downloadUrl: entry.hasDownloadUrl
      ? state.signer.sign(origin, 'storage', entry.id, entry.filename)
      : undefined,
    backupDownloadUrl: entry.hasBackupDownloadUrl
      ? state.signer.sign(origin, 'backup-storage', entry.id, entry.filename)
      : undefined,
  };
}
