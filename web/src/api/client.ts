/** An answer of the API with errors, or an HTTP failure; the message is meant for people. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one operation to the public endpoint, as any dashboard would. The explorer is served by
 * the same origin, so the path is relative and no CORS is involved.
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The API did not answer. Is the server running?');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The API answered ${response.status} without a GraphQL response.`);
  }
  if (body.errors?.length) {
    throw new ApiError(
      body.errors.map((error) => error.message).join(' '),
      body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
    );
  }
  if (!body.data) throw new ApiError(`The API answered ${response.status} with no data.`);
  return body.data;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
