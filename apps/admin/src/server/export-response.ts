import 'server-only';

/** A CSV download (`Export CSV`): never cached, never sniffed as something else. */
export function csvAttachment(body: BodyInit, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** An export that cannot be made says why in plain text, with an honest status (never a CSV with only a header). */
export function exportRefusal(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
