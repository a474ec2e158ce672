import type { Resource } from 'fhir/r4';
import { codeForStatus, SmartError } from './errors.js';

/** A request as `fhirclient`'s `Client.request` takes it, with `includeResponse` so that headers can be read. */
export interface FhirRequestOptions {
  /** Relative to the server's base URL, e.g. `QuestionnaireResponse/123` or `QuestionnaireResponse?status=...`. */
  readonly url: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly includeResponse: true;
}

/** The part of a fetch `Response` that is read: the status and headers (`ETag`). */
export interface FhirResponseLike {
  readonly status: number;
  readonly headers: {
    /** A header's value, or null. */
    get(name: string): string | null;
  };
}

/**
 * A connection to one FHIR server: a `fhirclient` `Client` (SMART's own JavaScript client, from
 * `FHIR.oauth2.ready()` after a standalone or EHR launch) fits as it is, and so does any object with the same
 * `request` and `state.serverUrl`, e.g. `fetchFhirClient` over a portal's own authenticated fetch.
 *
 * `request` resolves with `{ body, response }` (or throws an error with `status` when the server answered with an
 * error, as `fhirclient`'s `HttpError` does; any other throw means the server could not be reached).
 */
export interface SmartClientLike {
  readonly state: { readonly serverUrl: string };
  /** Sends one request to the server; resolves with `{ body, response }`. */
  request(options: FhirRequestOptions): Promise<unknown>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a FHIR base URL: `https:`, or plain `http:` only to this machine (127.0.0.1, localhost, ::1, for tests
 * and local development), and no user name or password in it. Returns it without a trailing slash.
 */
export function checkServerUrl(serverUrl: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new SmartError('insecure_url', 'The FHIR server URL is not an absolute URL');
  }
  if (url.username || url.password)
    throw new SmartError('insecure_url', 'The FHIR server URL must not carry a user name or password');
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local)
    throw new SmartError('insecure_url', 'The FHIR server URL must use https (plain http only to this machine)');
  if (url.search || url.hash) throw new SmartError('insecure_url', 'The FHIR server URL must not have a query');
  return url.href.replace(/\/+$/, '');
}

/** Options for `fetchFhirClient`. */
export interface FetchFhirClientOptions {
  /** The FHIR base URL, e.g. `https://fhir.portal.example/r4`. */
  readonly serverUrl: string;
  /** The fetch to use (a portal's own authenticated fetch); default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Headers added to every request, e.g. `{ authorization: 'Bearer …' }`; called for each request. */
  readonly headers?: () => Record<string, string> | Promise<Record<string, string>>;
}

/**
 * A connection over `fetch`, for a portal that has its own sign-in, with the same shape as a `fhirclient` client.
 * Requests go only to `serverUrl`; cookies are not sent to it unless the host's own fetch sends them.
 */
export function fetchFhirClient(options: FetchFhirClientOptions): SmartClientLike {
  const serverUrl = checkServerUrl(options.serverUrl);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    state: { serverUrl },
    async request(req) {
      const extra = (await options.headers?.()) ?? {};
      const response = await doFetch(`${serverUrl}/${req.url}`, {
        method: req.method,
        headers: { accept: 'application/fhir+json', ...extra, ...req.headers },
        ...(req.body === undefined ? {} : { body: req.body }),
        credentials: 'omit',
        redirect: 'error',
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      if (!response.ok) throw Object.assign(new Error('HTTP error'), { status: response.status });
      return { body, response };
    },
  };
}

/** What one request gave: the parsed body and the version from `ETag` (`W/"3"` -> `3`). */
export interface FhirAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly versionId: string | undefined;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; statusCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

/** `W/"abc"` or `"abc"` -> `abc`. */
export function versionFromEtag(etag: string | null | undefined): string | undefined {
  if (!etag) return undefined;
  const m = /^(?:W\/)?"([^"]+)"$/.exec(etag.trim());
  return m?.[1];
}

/**
 * Sends one request and turns every failure into a `SmartError` whose message names only the interaction and the
 * resource type (`what`): the underlying error (with its URL and response body) is not kept.
 */
export async function send(
  client: SmartClientLike,
  what: string,
  req: Omit<FhirRequestOptions, 'includeResponse' | 'headers'> & { headers?: Record<string, string> },
): Promise<FhirAnswer> {
  checkServerUrl(client.state.serverUrl);
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(req.url))
    throw new SmartError('insecure_url', `${what}: only URLs relative to the FHIR server are requested`);
  let result: unknown;
  try {
    result = await client.request({
      ...req,
      headers: {
        accept: 'application/fhir+json',
        ...(req.body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
        ...req.headers,
      },
      includeResponse: true,
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw new SmartError('offline', `${what}: the FHIR server could not be reached`);
    throw new SmartError(codeForStatus(status), `${what}: the FHIR server answered ${status}`, { status });
  }
  const { body, response } = (result ?? {}) as { body?: unknown; response?: FhirResponseLike };
  const status = response?.status ?? 200;
  if (status >= 400)
    throw new SmartError(codeForStatus(status), `${what}: the FHIR server answered ${status}`, { status });
  const fromBody = (body as Resource | undefined)?.meta?.versionId;
  return { status, body, versionId: versionFromEtag(response?.headers.get('etag')) ?? fromBody };
}
