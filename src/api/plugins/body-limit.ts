import { GraphQLError } from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../errors';

/**
 * Refuses a request body over `maxBytes` with HTTP 413 and a message naming the limit: at once
 * when Content-Length says so (nothing is read), and for a body without one (chunked) as soon as
 * the bytes read pass the limit, so a body is never held in memory beyond it. Replaces Yoga's own
 * limit (maxRequestBodySize), whose message does not say what the limit is.
 *
 * A body with a Content-Length within the limit is read as it is: node:http's parser delivers
 * exactly the declared bytes, so it cannot grow past the limit, and the counting stream (a
 * TransformStream, a pipeline and an AbortController per request) is only paid by chunked bodies.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && /^\d+$/.test(declared)) {
        if (Number(declared) > maxBytes) throw bodyTooLarge(maxBytes);
        return;
      }
      if (requestParser === undefined || request.body === null) return;
      const parse = requestParser;
      setRequestParser((original) => parse(limitedRequest(original, maxBytes, fetchAPI)));
    },
  };
}

export function bodyTooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(
    `The request body is over the limit of ${maxBytes} bytes (HTTP_MAX_BODY_BYTES); send a smaller one.`,
    {
      extensions: {
        code: 'REQUEST_ENTITY_TOO_LARGE' satisfies ErrorCode,
        // The connection stays open: node:http discards the rest of a body nobody reads (within
        // HTTP_REQUEST_TIMEOUT_MS), so a client still sending reads this answer instead of
        // failing to write to a closed connection.
        http: { status: 413 },
      },
    },
  );
}

/** The request with its body counted as it streams; past the limit the stream fails. */
function limitedRequest(request: Request, maxBytes: number, fetchAPI: FetchAPI): Request {
  let bytesRead = 0;
  // As in Yoga's own limit: a native body stream takes the native TransformStream, a body from
  // Yoga's fetch implementation takes that implementation's.
  const Transform =
    request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const counted = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > maxBytes) controller.error(bodyTooLarge(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    // @ts-expect-error Node's fetch needs duplex for a streamed body; lib.dom's RequestInit lacks it.
    duplex: 'half',
  });
}
