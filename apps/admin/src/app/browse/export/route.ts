import { BrowseQuery } from '../../../graphql/documents';
import { gatewayOrder, gatewayPurpose, parseBrowseState } from '../../../lib/browse-params';
import { csvLine } from '../../../lib/csv';
import { knownBytes } from '../../../lib/iec-size';
import { callerAddress } from '../../../server/caller-address';
import { csvAttachment, exportRefusal } from '../../../server/export-response';
import { gatewayClient, isUnauthorized } from '../../../server/gateway';
import { sessionId } from '../../../server/session';

/** The gateway's largest page: a 10,000-file export is ten requests, each answered from its cached list. */
const EXPORT_PAGE = 1000;

const HEADER = ['file_id', 'filename', 'purpose', 'bytes', 'created_at'] as const;

/**
 * `Export CSV`: every file the browse view shows across its pages (same purpose, filter and order), streamed as
 * the pages arrive. Exact ids and byte counts as decimal strings; formulas defused by the shared CSV helper.
 */
export async function GET(request: Request): Promise<Response> {
  const session = await sessionId();
  if (session === null) return exportRefusal('Sign in first.', 401);
  const state = parseBrowseState(new URL(request.url).searchParams);
  const { purpose } = state;
  if (purpose === null) return exportRefusal('Choose a purpose: /browse/export?purpose=voice_clone', 400);

  const client = gatewayClient(session, await callerAddress());
  const page = (offset: number) =>
    client
      .query(BrowseQuery, {
        purpose: gatewayPurpose(purpose),
        filter: state.filter || null,
        orderBy: gatewayOrder(state),
        offset,
        limit: EXPORT_PAGE,
      })
      .toPromise();

  // The first page decides the status: a refusal or failure is an honest error, not a CSV with only a header.
  const first = await page(0);
  if (isUnauthorized(first.error)) return exportRefusal('Your session has ended. Sign in again.', 401);
  const list = first.data?.filesByPurpose;
  if (!list) return exportRefusal('The gateway could not be reached. Try again in a moment.', 502);
  if (list.__typename !== 'FileList') return exportRefusal(`The list failed: ${list.message}`, 502);

  const encoder = new TextEncoder();
  const rows = (files: typeof list.files) =>
    encoder.encode(
      files
        .map((file) =>
          csvLine([file.id, file.filename, purpose, knownBytes(file.bytes) ?? '', file.createdAt]),
        )
        .join(''),
    );
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvLine(HEADER)));
      controller.enqueue(rows(list.files));
      for (let offset = EXPORT_PAGE; offset < list.totalCount; offset += EXPORT_PAGE) {
        const next = (await page(offset)).data?.filesByPurpose;
        // A failure half-way must not look like a complete file: the transfer breaks instead.
        if (next?.__typename !== 'FileList') {
          controller.error(new Error('the gateway stopped answering during the export'));
          return;
        }
        controller.enqueue(rows(next.files));
      }
      controller.close();
    },
  });
  return csvAttachment(body, `minimax-files-${purpose}.csv`);
}
