import { shortenFilename } from '@minimax-files/core/facts';
import { isPlayable } from '../lib/download-headers';
import { formatIecSize, knownBytes } from '../lib/iec-size';
import type { FoundFile } from '../lib/lookup-outcome';
import { CopyButton } from './copy-button';
import { CreatedTime } from './created-time';

/** A found file: what it is, and how to get or play its bytes (always through the admin's own origin). */
export function FilePanel({ file }: { file: FoundFile }) {
  const size = formatIecSize(knownBytes(file.bytes));
  const shownName = shortenFilename(file.filename);
  const downloadHref = `/files/${file.id}/download`;
  const canDownload = file.downloadUrl !== null && file.downloadUrl !== undefined;
  const media = canDownload && isPlayable(file.contentType) ? file.contentType.split('/')[0] : null;
  // The element that plays it is named by the media type's top level.
  const Player = media === 'audio' || media === 'video' ? media : null;

  return (
    <article className="panel file-panel" aria-labelledby="file-heading">
      <h2 id="file-heading" className="filename">
        {shownName}
      </h2>
      <dl className="facts">
        <div>
          <dt>File ID</dt>
          <dd className="mono">{file.id}</dd>
        </div>
        <div>
          <dt>Filename</dt>
          <dd className="filename">
            {shownName === file.filename ? (
              file.filename
            ) : (
              // A hostile or absurd name is cut on screen; the whole of it stays one click away.
              <details>
                <summary>{shownName}</summary>
                <span className="full-filename">{file.filename}</span>
              </details>
            )}
          </dd>
        </div>
        <div>
          <dt>Purpose</dt>
          <dd className="mono">{file.purpose}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd title={size.exact ?? 'MiniMax did not report the size of this file'}>{size.short}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <CreatedTime iso={file.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd className="mono">{file.contentType}</dd>
        </div>
      </dl>
      <div className="actions">
        {canDownload ? (
          <a href={downloadHref} className="button-link" download>
            Download
          </a>
        ) : (
          <p className="hint">MiniMax offers no download for this file.</p>
        )}
        <CopyButton text={file.id} label="Copy file ID" />
      </div>
      {Player && (
        // Operator files are arbitrary uploads: no caption track exists to offer.
        <Player
          controls
          preload="metadata"
          src={`${downloadHref}?inline=1`}
          className="player"
          aria-label={`Play ${shownName}`}
        />
      )}
    </article>
  );
}
