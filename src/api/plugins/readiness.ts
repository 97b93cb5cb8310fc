import type { FetchAPI, Plugin } from 'graphql-yoga';

/**
 * Answers `endpoint` with the response `check` gives, before any other work of the request.
 * Yoga's own readiness plugin (useReadinessCheck) also matches every other request's URL against
 * a URLPattern, which costs each GraphQL request more than reading its body; here a request to
 * any other path pays one comparison of its already parsed path.
 */
export function useReadiness(endpoint: string, check: (fetchAPI: FetchAPI) => Promise<Response>): Plugin {
  return {
    onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint) return;
      return check(fetchAPI).then(endResponse);
    },
  };
}
