import * as v from 'valibot';
import { type SmartClientLike, send } from './client.js';
import { SmartError } from './errors.js';
import { issuePath } from './resources.js';

/** Where in the record something could not be used, and why (safe to log: no patient data). */
export interface RecordIssue {
  /** e.g. `MedicationStatement: Bundle.entry[2].resource` */
  readonly path: string;
  readonly message: string;
}

const SearchSchema = v.looseObject({
  resourceType: v.literal('Bundle'),
  entry: v.optional(v.array(v.looseObject({ resource: v.optional(v.unknown()) }))),
});

/**
 * Searches the record (`<type>?<query>`) and checks every resource it sends back against `schema`: each readable
 * one comes with its place in the Bundle; one that is not readable is left out and listed in `issues` with its
 * path. Throws a `SmartError` when the search fails as a whole or the answer is not a Bundle.
 */
export async function searchRecord<S extends v.GenericSchema>(
  client: SmartClientLike,
  type: string,
  query: string,
  schema: S,
  issues: RecordIssue[],
): Promise<[number, v.InferOutput<S>][]> {
  const answer = await send(client, `Reading ${type}`, { url: `${type}?${query}`, method: 'GET' });
  const bundle = v.safeParse(SearchSchema, answer.body);
  if (!bundle.success)
    throw new SmartError('invalid_resource', `Reading ${type}: the FHIR server sent back something unexpected`, {
      path: 'Bundle',
    });
  const out: [number, v.InferOutput<S>][] = [];
  (bundle.output.entry ?? []).forEach((entry, i) => {
    const resource = entry.resource as { resourceType?: unknown } | undefined;
    if (resource?.resourceType === 'OperationOutcome') return;
    const checked = v.safeParse(schema, resource);
    if (checked.success) out.push([i, checked.output]);
    else
      issues.push({
        path: `${type}: ${issuePath(`Bundle.entry[${i}].resource`, checked.issues[0])}`,
        message: 'Left out: not a readable resource of this type',
      });
  });
  return out;
}
