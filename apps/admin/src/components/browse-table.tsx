import Link from 'next/link';
import type { BrowseQuery } from '../gql/graphql';
import { type BrowseState, browseHref, firstDirection, type SortKey } from '../lib/browse-params';
import { isPlayable } from '../lib/download-headers';
import { formatIecSize, knownBytes } from '../lib/iec-size';
import { formatUtc } from '../lib/relative-time';
import { PlayToggle } from './play-toggle';

type ListedFile = Extract<BrowseQuery['filesByPurpose'], { __typename: 'FileList' }>['files'][number];

/** One page of files: one row each, the id a link to its page, and per-row download and playback. */
export function BrowseTable({
  state,
  files,
  caption,
}: {
  state: BrowseState;
  files: readonly ListedFile[];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="browse-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <SortHeader state={state} sort="filename" label="Filename" />
            <SortHeader state={state} sort="id" label="File ID" />
            <SortHeader state={state} sort="size" label="Size" numeric />
            <SortHeader state={state} sort="created" label="Created" />
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <FileRow key={file.id} file={file} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A column header whose link sorts by it (again: the other way round); aria-sort tells the current order. */
function SortHeader({
  state,
  sort,
  label,
  numeric = false,
}: {
  state: BrowseState;
  sort: SortKey;
  label: string;
  numeric?: boolean;
}) {
  const active = state.sort === sort;
  const dir = active ? (state.dir === 'asc' ? 'desc' : 'asc') : firstDirection(sort);
  return (
    <th
      scope="col"
      aria-sort={active ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={numeric ? 'numeric' : undefined}
    >
      <Link href={browseHref({ ...state, sort, dir, page: 1 })} scroll={false} className="sort-link">
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </Link>
    </th>
  );
}

function FileRow({ file }: { file: ListedFile }) {
  const size = formatIecSize(knownBytes(file.bytes));
  const downloadHref = `/files/${file.id}/download`;
  // The gateway gives no download URL to whoever may not download (a VIEWER): no Download, no Play.
  const canDownload = file.downloadUrl != null;
  const media = canDownload && isPlayable(file.contentType) ? file.contentType.split('/')[0] : null;
  return (
    <tr>
      <td className="filename">{file.filename}</td>
      <td className="mono">
        <Link href={`/files/${file.id}`}>{file.id}</Link>
      </td>
      <td className="numeric" title={size.exact ?? 'MiniMax did not report the size of this file'}>
        {size.short}
      </td>
      <td>
        <time dateTime={file.createdAt}>{formatUtc(new Date(file.createdAt))}</time>
      </td>
      <td className="row-actions">
        {canDownload && (
          <a href={downloadHref} download aria-label={`Download ${file.filename}`}>
            Download
          </a>
        )}
        {(media === 'audio' || media === 'video') && (
          <PlayToggle src={`${downloadHref}?inline=1`} filename={file.filename} media={media} />
        )}
      </td>
    </tr>
  );
}
