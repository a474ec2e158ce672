/**
 * What went wrong talking to the FHIR server (`SmartError.code`):
 * - `insecure_url`: the server URL is not `https:` (plain `http:` only on this machine), or carries a user name;
 * - `offline`: the server could not be reached (no network, refused, aborted);
 * - `unauthorized` (401) and `forbidden` (403): sign in again, or the SMART scopes do not allow it;
 * - `not_found` (404, 410);
 * - `conflict` (409, 412): the resource changed on the server since it was read;
 * - `rejected` (400, 422 and other 4xx): the server refused what was sent;
 * - `server` (5xx, 429);
 * - `invalid_resource`: what the server sent back is not what was asked for (`path` says where).
 */
export type SmartErrorCode =
  | 'insecure_url'
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rejected'
  | 'server'
  | 'invalid_resource';

/**
 * A typed error from `@sdmkit/smart`. Its message names the interaction and the resource type only: never a URL,
 * a token, an id, patient data or the server's response body, so it is safe to log.
 */
export class SmartError extends Error {
  override readonly name = 'SmartError';
  readonly code: SmartErrorCode;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** For `invalid_resource`: where in the resource the problem is, e.g. `Bundle.entry[0].resource`. */
  readonly path: string | undefined;

  constructor(code: SmartErrorCode, message: string, details: { status?: number; path?: string } = {}) {
    super(message);
    this.code = code;
    this.status = details.status;
    this.path = details.path;
  }
}

/** The error code for an HTTP status the server answered with. */
export function codeForStatus(status: number): SmartErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status >= 500) return 'server';
  return 'rejected';
}

/** True for the errors worth trying again later (the server or network may recover, a sign-in may be renewed). */
export function isTransient(error: unknown): boolean {
  return (
    error instanceof SmartError &&
    (error.code === 'offline' || error.code === 'server' || error.code === 'unauthorized')
  );
}
