// What the HTTP test server (index.ts) and the in-page server (in-page.ts) share: one FHIR request answered by
// Medplum's FHIR router over its in-memory repository, with the behaviour SDM Kit depends on (ETag, Location,
// If-Match, transactions whole or not at all, injected faults).
import type { FhirRequest, FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import type {
  Bundle,
  CapabilityStatement,
  CapabilityStatementRestResource,
  OperationOutcome,
  OperationOutcomeIssue,
  Resource,
} from '@medplum/fhirtypes';
import { IN_PAGE_TYPES } from './in-page-types.js';

/** One request, as either server received it: `path` is what follows the FHIR base (`/QuestionnaireResponse?…`). */
export interface FhirCall {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body's text, or empty. */
  readonly body: string;
}

/** The answer to one request. */
export interface FhirAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export function outcome(code: OperationOutcomeIssue['code'], text: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

/** What every resource type listed in the CapabilityStatement can do (each checked in test/server.test.ts). */
const TYPE_INTERACTIONS = ['read', 'vread', 'update', 'delete', 'history-instance', 'create', 'search-type'] as const;

/**
 * The server's CapabilityStatement (`GET [base]/metadata`): the resource types SDM Kit reads and writes with what
 * can be done to each, whole transactions, JSON only, FHIR 4.0.1. `date` is when the server started.
 */
export function capabilityStatement(started: Date): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    experimental: true,
    date: started.toISOString(),
    kind: 'instance',
    name: 'SdmKitFhirTestServer',
    title: 'SDM Kit FHIR test server',
    description:
      "Medplum's FHIR router over an in-memory repository, for SDM Kit's tests and demos. Not for patient data.",
    software: { name: 'SDM Kit FHIR test server (@medplum/fhir-router)' },
    implementation: { description: 'In memory: everything is gone when the server stops.' },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        resource: IN_PAGE_TYPES.map(
          (type): CapabilityStatementRestResource => ({
            type,
            interaction: TYPE_INTERACTIONS.map((code) => ({ code })),
            versioning: 'versioned-update',
            readHistory: true,
            conditionalCreate: true,
          }),
        ),
        interaction: [{ code: 'transaction' }],
      },
    ],
  };
}

export interface HandlerParts {
  readonly router: FhirRouter;
  readonly repo: MemoryRepository;
  /** `getStatus` of @medplum/core: the HTTP status of an OperationOutcome. */
  readonly statusOf: (outcome: OperationOutcome) => number;
  /** Checks each resource written (none: nothing refused). */
  readonly validate?: ((resource: unknown) => OperationOutcomeIssue[]) | undefined;
  /** The base path, for `Location` (e.g. `/fhir`). */
  readonly basePath: string;
}

/** A FHIR request handler over Medplum's router, with faults to inject and the repository to read for assertions. */
export interface FhirHandler {
  handle(call: FhirCall): Promise<FhirAnswer>;
  /** The next `times` requests get `status` (with an OperationOutcome) instead of an answer. */
  failNext(status: number, times?: number): void;
  /** Every resource of a type the repository holds. */
  all<T = Resource>(resourceType: string): Promise<T[]>;
}

export function createFhirHandler(parts: HandlerParts): FhirHandler {
  const { router, repo, statusOf, validate, basePath } = parts;
  const faults: number[] = [];
  const capabilities = capabilityStatement(new Date());

  // MemoryRepository applies a transaction's entries one by one and keeps them when a later entry fails: the
  // handler makes it atomic, as FHIR requires, by restoring what it held before.
  type Stored = { resources: Map<string, unknown>; history: Map<string, unknown> };
  const stored = repo as unknown as Stored;
  const snapshot = (): Stored => ({
    resources: structuredClone(stored.resources),
    history: structuredClone(stored.history),
  });
  const restore = (saved: Stored) => {
    for (const name of ['resources', 'history'] as const) {
      stored[name].clear();
      for (const [k, v] of saved[name]) stored[name].set(k, v);
    }
  };

  const invalidWrite = (method: string, body: unknown): OperationOutcomeIssue[] => {
    if (!validate || (method !== 'POST' && method !== 'PUT')) return [];
    if (typeof body !== 'object' || body === null) return [];
    const resource = body as Resource;
    if (resource.resourceType === 'Bundle' && (resource.type === 'transaction' || resource.type === 'batch'))
      return (resource.entry ?? []).flatMap((e: NonNullable<Bundle['entry']>[number]) =>
        e.resource && (e.request?.method === 'POST' || e.request?.method === 'PUT') ? validate(e.resource) : [],
      );
    return validate(resource);
  };

  // One request at a time, so that a transaction and its restore never interleave with another write.
  let queue: Promise<unknown> = Promise.resolve();

  const answer = async (call: FhirCall): Promise<FhirAnswer> => {
    const fault = faults.shift();
    if (fault !== undefined)
      return { status: fault, headers: {}, body: outcome('transient', `Injected fault ${fault}`) };
    const method = call.method.toUpperCase();
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
      return { status: 405, headers: {}, body: outcome('not-supported', 'Method not allowed') };
    const url = new URL(call.path, 'http://fhir.invalid');
    if (url.pathname === '/metadata') {
      return method === 'GET'
        ? { status: 200, headers: {}, body: capabilities }
        : { status: 405, headers: {}, body: outcome('not-supported', 'Method not allowed') };
    }
    let body: unknown;
    if (call.body.length > 0) {
      try {
        body = JSON.parse(call.body);
      } catch {
        return { status: 400, headers: {}, body: outcome('structure', 'The body is not JSON') };
      }
    }
    const problems = invalidWrite(method, body);
    if (problems.length > 0)
      return { status: 400, headers: {}, body: { resourceType: 'OperationOutcome', issue: problems } };
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const had = query[k];
      query[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
    }
    const path = url.pathname || '/';
    const request: FhirRequest = {
      method: method as FhirRequest['method'],
      url: `${path}${url.search}`,
      pathname: '',
      body,
      params: {},
      query,
      headers: call.headers as FhirRequest['headers'],
      config: { transactions: true },
    };
    const transaction = path === '/' && method === 'POST' && (body as Bundle | undefined)?.type === 'transaction';
    const before = transaction ? snapshot() : undefined;
    const [result, resource] = await router.handleRequest(request, repo);
    const status = statusOf(result);
    if (before && status >= 400) restore(before);
    const headers: Record<string, string> = {};
    const meta = resource && 'meta' in resource ? resource.meta : undefined;
    if (meta?.versionId) headers.etag = `W/"${meta.versionId}"`;
    if (meta?.lastUpdated) headers['last-modified'] = new Date(meta.lastUpdated).toUTCString();
    if (status === 201 && resource?.id)
      headers.location = `${basePath}${path}/${resource.id}/_history/${meta?.versionId ?? ''}`;
    return { status, headers, body: resource ?? result };
  };

  return {
    handle(call) {
      const run = queue.then(() => answer(call));
      queue = run.catch(() => undefined);
      return run.catch(() => ({ status: 500, headers: {}, body: outcome('exception', 'Internal error') }));
    },
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) faults.push(status);
    },
    async all<T>(resourceType: string) {
      const bundle = await repo.search({ resourceType: resourceType as Resource['resourceType'] });
      return (bundle.entry ?? []).map((e) => e.resource as T);
    },
  };
}
