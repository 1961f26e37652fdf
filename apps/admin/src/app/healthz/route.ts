/** Liveness for start scripts: no auth, says nothing but "ok". */
export function GET(): Response {
  return new Response('ok', {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
