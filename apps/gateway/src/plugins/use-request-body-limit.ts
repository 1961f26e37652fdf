import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The request body limit (413), in place of Yoga's `maxRequestBodySize`, which pipes every body through a counting
 * TransformStream into a new Request: a stream pipeline, an AbortController and a DOMException per request, about 2 %
 * of an uncached look-up's CPU. A body with a Content-Length cannot be longer than it says (Node's HTTP parser reads
 * exactly that many bytes, and refuses a Content-Length beside a Transfer-Encoding), so the header alone decides; only
 * a body without one (chunked) is counted as it streams.
 *
 * Registered after the request parsers (as the last of the gateway's plugins), so it wraps whichever one was chosen.
 */
export function useRequestBodyLimit(limitBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength !== null) {
        // One non-negative integer only: "1, 2" or "-1" is a smuggling attempt, not a length.
        if (!/^\d+$/.test(contentLength))
          throw httpError(400, 'BAD_REQUEST', 'Content-Length header is invalid.');
        if (Number(contentLength) > limitBytes) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((unlimited) => requestParser(withCountedBody(unlimited, limitBytes, fetchAPI)));
    },
  };
}

type FetchAPI = Parameters<NonNullable<Plugin['onRequestParse']>>[0]['fetchAPI'];

/** The same request, its body failing with 413 once more than `limitBytes` have streamed in. */
function withCountedBody(request: Request, limitBytes: number, fetchAPI: FetchAPI): Request {
  // A native body needs Node's own TransformStream, the adapter's body the adapter's (graphql-yoga#4583).
  const Transform = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  let received = 0;
  const counted = request.body?.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limitBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted ?? null,
    // A streamed request body must say so (fetch's RequestInit; not in every TypeScript lib yet).
    ...{ duplex: 'half' },
  });
}

const tooLarge = () => httpError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request body too large');

function httpError(status: number, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { http: { status }, code } });
}
