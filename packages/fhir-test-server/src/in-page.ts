// The same FHIR server inside a web page, for Storybook and demos: Medplum's FHIR router over its in-memory
// repository, reached through a `fetch` function instead of the network, so a story needs nothing else running and
// makes no request. It searches the types in in-page-types.ts (their search parameters ship in
// search-parameters.json). Unlike the HTTP test server it does not validate writes: the R4 definitions are 35 MB;
// the tests validate against the HTTP server (index.ts).
import { getStatus, indexSearchParameterBundle } from '@medplum/core';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';
import { createFhirHandler } from './handler.js';
import searchParameters from './search-parameters.json';

export { IN_PAGE_TYPES } from './in-page-types.js';

/** A FHIR server inside the page: hand `fetch` and `serverUrl` to `fetchFhirClient`. */
export interface InPageFhir {
  /** A made-up https base URL that only this server answers (never reached over the network). */
  readonly serverUrl: string;
  /** Answers requests under `serverUrl`; anything else is refused (no network request is made). */
  readonly fetch: typeof fetch;
  /** Creates a resource directly (to seed a demo record); resolves with it, with its id. */
  create<T extends Resource>(resource: T): Promise<T & { id: string }>;
  /** Every resource of a type the server holds. */
  all<T = Resource>(resourceType: string): Promise<T[]>;
  /** The next `times` requests get `status` instead of an answer (to show what the patient is told). */
  failNext(status: number, times?: number): void;
  /** Tells `listener` after every request it answered (method, path, status); returns an unsubscribe function. */
  onRequest(listener: (request: { method: string; path: string; status: number }) => void): () => void;
}

let indexed = false;

/** Starts a FHIR server inside the page; each call has its own, empty repository. */
export function createInPageFhir(options: { serverUrl?: string } = {}): InPageFhir {
  if (!indexed) {
    indexSearchParameterBundle(searchParameters as unknown as Bundle<SearchParameter>);
    indexed = true;
  }
  const serverUrl = (options.serverUrl ?? 'https://fhir.in-page.invalid/fhir').replace(/\/+$/, '');
  const repo = new MemoryRepository();
  const handler = createFhirHandler({
    router: new FhirRouter(),
    repo,
    statusOf: getStatus,
    basePath: new URL(serverUrl).pathname,
  });
  const listeners = new Set<(request: { method: string; path: string; status: number }) => void>();

  const inPageFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (!request.url.startsWith(`${serverUrl}/`) && request.url !== serverUrl)
      throw new TypeError('The in-page FHIR server only answers its own URL');
    const path = request.url.slice(serverUrl.length) || '/';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const answer = await handler.handle({ method: request.method, path, headers, body: await request.text() });
    for (const l of listeners) l({ method: request.method, path: path.split('?')[0] ?? path, status: answer.status });
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/fhir+json; charset=utf-8', ...answer.headers },
    });
  };

  return {
    serverUrl,
    fetch: inPageFetch as typeof fetch,
    async create(resource) {
      const response = await inPageFetch(`${serverUrl}/${resource.resourceType}`, {
        method: 'POST',
        headers: { 'content-type': 'application/fhir+json' },
        body: JSON.stringify(resource),
      });
      return (await response.json()) as typeof resource & { id: string };
    },
    all: (resourceType) => handler.all(resourceType),
    failNext: (status, times) => handler.failNext(status, times),
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
