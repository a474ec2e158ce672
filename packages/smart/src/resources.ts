import type { Bundle, QuestionnaireResponse } from 'fhir/r4';
import * as v from 'valibot';
import { SmartError } from './errors.js';

/** FHIR `id`: letters, digits, `-` and `.`, at most 64. */
const ID = '[A-Za-z0-9\\-.]{1,64}';
const WHOLE_ID = new RegExp(`^${ID}$`);
const Id = v.pipe(v.string(), v.regex(WHOLE_ID));

/** Throws a `TypeError` naming `where` unless `id` is a FHIR id (it goes into a request URL). */
export function checkId(id: string, where: string): void {
  if (!WHOLE_ID.test(id)) throw new TypeError(`${where}: patient must be a FHIR id`);
}

/** Where a valibot issue is, below `root`: `root.item[2].answer` (FHIRPath-like, as `@sdmkit/fhir` words paths). */
export function issuePath(root: string, issue: v.BaseIssue<unknown> | undefined): string {
  const steps = (issue ? (v.getDotPath(issue) ?? '') : '').split('.').filter(Boolean);
  return root + steps.map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`)).join('');
}

const Stored = v.looseObject({
  resourceType: v.literal('QuestionnaireResponse'),
  id: Id,
  status: v.picklist(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  meta: v.optional(v.looseObject({ versionId: v.optional(Id), lastUpdated: v.optional(v.string()) })),
});

const SearchSet = v.looseObject({
  resourceType: v.literal('Bundle'),
  type: v.literal('searchset'),
  entry: v.optional(v.array(v.looseObject({ resource: v.optional(v.looseObject({ resourceType: v.string() })) }))),
});

const TransactionResponse = v.looseObject({
  resourceType: v.literal('Bundle'),
  type: v.literal('transaction-response'),
  entry: v.array(
    v.looseObject({
      response: v.looseObject({
        status: v.pipe(v.string(), v.regex(/^2\d\d\b/)),
        location: v.optional(v.string()),
        etag: v.optional(v.string()),
      }),
    }),
  ),
});

function check<S extends v.GenericSchema>(schema: S, value: unknown, root: string, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const path = issuePath(root, result.issues[0]);
  throw new SmartError('invalid_resource', `${what}: the FHIR server sent back something unexpected at ${path}`, {
    path,
  });
}

/** A QuestionnaireResponse read from the server, with an id and a status: untrusted until checked. */
export type StoredResponse = QuestionnaireResponse & { id: string };

export function checkStoredResponse(value: unknown, what: string, root = 'QuestionnaireResponse'): StoredResponse {
  return check(Stored, value, root, what) as StoredResponse;
}

/** The QuestionnaireResponses of a search result; anything else in it (an OperationOutcome) is left out. */
export function searchResponses(value: unknown, what: string): unknown[] {
  const bundle = check(SearchSet, value, 'Bundle', what);
  return (bundle.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is { resourceType: string } => r?.resourceType === 'QuestionnaireResponse');
}

/**
 * The version a stored response is at: the answer's `ETag` when it had one, else `meta.versionId`. Without either,
 * nothing can be written back safely: a `SmartError` `invalid_resource` naming `root.meta.versionId`.
 */
export function versionOf(
  qr: StoredResponse,
  etag: string | undefined,
  what: string,
  root = 'QuestionnaireResponse',
): string {
  const versionId = etag ?? qr.meta?.versionId;
  if (!versionId) throw new SmartError('invalid_resource', `${what}: no version`, { path: `${root}.meta.versionId` });
  return versionId;
}

/** A transaction's answer with one entry per entry sent, each successful. */
export function checkTransactionResponse(value: unknown, entries: number, what: string): Bundle {
  const bundle = check(TransactionResponse, value, 'Bundle', what);
  if (bundle.entry.length !== entries)
    throw new SmartError('invalid_resource', `${what}: the FHIR server answered a different number of entries`, {
      path: 'Bundle.entry',
    });
  return bundle as Bundle;
}

/** `QuestionnaireResponse/123/_history/4` -> `{ id: '123', versionId: '4' }` for the given type. */
export function parseLocation(
  location: string | undefined,
  resourceType: string,
): { id: string; versionId?: string } | undefined {
  if (!location) return undefined;
  const m = new RegExp(`(?:^|/)${resourceType}/(${ID})(?:/_history/(${ID}))?$`).exec(location.split('?')[0] ?? '');
  if (!m?.[1]) return undefined;
  return m[2] ? { id: m[1], versionId: m[2] } : { id: m[1] };
}
