import type { CatalogueEntry } from './catalogue/seeded.js';
import type { FileLinks } from './minimax-json.js';
import type { EmulatorState } from './state.js';

/** Fresh signed links for a file, minted at each retrieve like MiniMax's OSS links. */
export function linksFor(state: EmulatorState, entry: CatalogueEntry): FileLinks {
  const origin = state.downloadOrigin();
  return {
    downloadUrl: entry.hasDownloadUrl
      ? state.signer.sign(origin, 'storage', entry.id, entry.filename)
      : undefined,
    backupDownloadUrl: entry.hasBackupDownloadUrl
      ? state.signer.sign(origin, 'backup-storage', entry.id, entry.filename)
      : undefined,
  };
}
