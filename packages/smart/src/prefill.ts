import type { VisitPrepRecord } from '@sdmkit/core';
import * as v from 'valibot';
import { type SmartClientLike, send } from './client.js';
import { checkId, issuePath } from './resources.js';
import { type RecordIssue, searchRecord } from './search.js';

export type { RecordIssue } from './search.js';

/** What `readVisitPrepRecord` gives: what the record holds for the visit, and what it left out. */
export interface VisitPrepRecordRead {
  /** Hand it to the visit-prep store's `addFromRecord`. */
  readonly record: VisitPrepRecord;
  readonly issues: readonly RecordIssue[];
}

/** Options for `readVisitPrepRecord`: whose record, the visit's language, how many entries. */
export interface ReadVisitPrepRecordOptions {
  /** The patient's id (e.g. `client.patient.id` after a SMART launch). */
  readonly patient: string;
  /**
   * The language the visit is held in (BCP 47, e.g. the template's `locale`): a preferred language of another one
   * suggests an interpreter. The record's own "interpreter required" extension always does.
   */
  readonly visitLanguage?: string | undefined;
  /** Most entries read per resource type (default 100, the first page). */
  readonly count?: number | undefined;
}

const INTERPRETER_REQUIRED = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';

const Coding = v.looseObject({ code: v.optional(v.string()), display: v.optional(v.string()) });
const Concept = v.looseObject({ text: v.optional(v.string()), coding: v.optional(v.array(Coding)) });
const WithText = v.array(v.looseObject({ text: v.optional(v.string()) }));

const PatientSchema = v.looseObject({
  resourceType: v.literal('Patient'),
  extension: v.optional(v.array(v.looseObject({ url: v.string(), valueBoolean: v.optional(v.boolean()) }))),
  communication: v.optional(v.array(v.looseObject({ language: Concept, preferred: v.optional(v.boolean()) }))),
});
const MedicationStatementSchema = v.looseObject({
  resourceType: v.literal('MedicationStatement'),
  medicationCodeableConcept: v.optional(Concept),
  medicationReference: v.optional(v.looseObject({ display: v.optional(v.string()) })),
  dosage: v.optional(WithText),
  reasonCode: v.optional(v.array(Concept)),
});
const MedicationRequestSchema = v.looseObject({
  resourceType: v.literal('MedicationRequest'),
  medicationCodeableConcept: v.optional(Concept),
  medicationReference: v.optional(v.looseObject({ display: v.optional(v.string()) })),
  dosageInstruction: v.optional(WithText),
  reasonCode: v.optional(v.array(Concept)),
});
const AllergySchema = v.looseObject({
  resourceType: v.literal('AllergyIntolerance'),
  code: v.optional(Concept),
  reaction: v.optional(v.array(v.looseObject({ manifestation: v.array(Concept) }))),
});
const ConditionSchema = v.looseObject({
  resourceType: v.literal('Condition'),
  clinicalStatus: v.optional(Concept),
  category: v.optional(v.array(Concept)),
  code: v.optional(Concept),
});

/**
 * A concept as a person reads it: its text, else the first coding's display. Not clipped here: the visit-prep store
 * clips what it adds to the input's limits, as it does what the patient types.
 */
function words(concept: v.InferOutput<typeof Concept> | undefined): string {
  return concept?.text?.trim() || concept?.coding?.find((c) => c.display?.trim())?.display?.trim() || '';
}

/** The problem list's category code (`http://terminology.hl7.org/CodeSystem/condition-category`). */
const PROBLEM_LIST_ITEM = 'problem-list-item';
/** `active` and the codes under it in `http://terminology.hl7.org/CodeSystem/condition-clinical`. */
const ACTIVE_CONDITION = ['active', 'recurrence', 'relapse'];

const primary = (tag: string) => tag.trim().toLowerCase().split('-')[0] ?? '';

/**
 * Reads what the patient's record holds for visit preparation: active medicines (MedicationStatement and
 * MedicationRequest), active allergies (AllergyIntolerance), the active problem list (Condition) and the preferred
 * language (Patient.communication), suggesting an interpreter when the record says one is required or the preferred
 * language is not the visit's. Every resource is checked; one that cannot be used is left out and listed in `issues`
 * with its path. Throws a `SmartError` when a search fails as a whole.
 *
 * SMART scopes: `patient/Patient.r`, `patient/MedicationStatement.rs`, `patient/MedicationRequest.rs`,
 * `patient/AllergyIntolerance.rs`, `patient/Condition.rs` (v2).
 */
export async function readVisitPrepRecord(
  client: SmartClientLike,
  options: ReadVisitPrepRecordOptions,
): Promise<VisitPrepRecordRead> {
  checkId(options.patient, 'readVisitPrepRecord');
  const issues: RecordIssue[] = [];
  const count = String(options.count ?? 100);
  const patientRef = encodeURIComponent(`Patient/${options.patient}`);

  const search = <S extends v.GenericSchema>(type: string, query: string, schema: S) =>
    searchRecord(client, type, `${query}&_count=${count}`, schema, issues);

  const [patientAnswer, statements, requests, allergies, problems] = await Promise.all([
    send(client, 'Reading Patient', { url: `Patient/${options.patient}`, method: 'GET' }),
    search('MedicationStatement', `patient=${patientRef}&status=active`, MedicationStatementSchema),
    search('MedicationRequest', `patient=${patientRef}&status=active`, MedicationRequestSchema),
    search('AllergyIntolerance', `patient=${patientRef}&clinical-status=active`, AllergySchema),
    search(
      'Condition',
      `patient=${patientRef}&clinical-status=${ACTIVE_CONDITION.join(',')}&category=${PROBLEM_LIST_ITEM}`,
      ConditionSchema,
    ),
  ]);

  const medicines: NonNullable<VisitPrepRecord['medicines']>[number][] = [];
  const addMedicine = (
    m: v.InferOutput<typeof MedicationStatementSchema> | v.InferOutput<typeof MedicationRequestSchema>,
    dosage: readonly { text?: string | undefined }[] | undefined,
    at: string,
  ) => {
    const name = words(m.medicationCodeableConcept) || (m.medicationReference?.display?.trim() ?? '');
    if (!name) {
      issues.push({ path: at, message: 'Left out: no name a patient can read (only a code or a reference)' });
      return;
    }
    medicines.push({
      name,
      dose: dosage?.[0]?.text?.trim() ?? '',
      frequency: '',
      reason: words(m.reasonCode?.[0]),
    });
  };
  for (const [i, m] of statements) addMedicine(m, m.dosage, `MedicationStatement: Bundle.entry[${i}].resource`);
  for (const [i, m] of requests) addMedicine(m, m.dosageInstruction, `MedicationRequest: Bundle.entry[${i}].resource`);

  const allergyRows: NonNullable<VisitPrepRecord['allergies']>[number][] = [];
  for (const [i, a] of allergies) {
    const substance = words(a.code);
    if (substance) allergyRows.push({ substance, reaction: words(a.reaction?.[0]?.manifestation[0]) });
    else
      issues.push({
        path: `AllergyIntolerance: Bundle.entry[${i}].resource.code`,
        message: 'Left out: no name a patient can read',
      });
  }

  const conditions: NonNullable<VisitPrepRecord['conditions']>[number][] = [];
  for (const [i, c] of problems) {
    const at = `Condition: Bundle.entry[${i}].resource`;
    const codes = (concept: v.InferOutput<typeof Concept> | undefined) => concept?.coding?.map((x) => x.code) ?? [];
    // The search asked for these; a server that did not filter is not taken at its word.
    if (!codes(c.clinicalStatus).some((code) => ACTIVE_CONDITION.includes(code ?? '')))
      issues.push({ path: `${at}.clinicalStatus`, message: 'Left out: not an active condition' });
    else if (!c.category?.some((x) => codes(x).includes(PROBLEM_LIST_ITEM)))
      issues.push({ path: `${at}.category`, message: 'Left out: not on the problem list' });
    else if (!words(c.code)) issues.push({ path: `${at}.code`, message: 'Left out: no name a patient can read' });
    else conditions.push({ name: words(c.code) });
  }

  const patient = v.safeParse(PatientSchema, patientAnswer.body);
  let language: string | undefined;
  let interpreter = false;
  if (!patient.success) {
    issues.push({ path: issuePath('Patient', patient.issues[0]), message: 'Left out: not a readable Patient' });
  } else {
    const spoken = patient.output.communication ?? [];
    const preferred = spoken.find((c) => c.preferred) ?? spoken[0];
    language = words(preferred?.language) || undefined;
    const code = preferred?.language.coding?.find((c) => c.code)?.code;
    const required = patient.output.extension?.some((e) => e.url === INTERPRETER_REQUIRED && e.valueBoolean === true);
    interpreter =
      required === true ||
      (code !== undefined && options.visitLanguage !== undefined && primary(code) !== primary(options.visitLanguage));
  }

  return {
    record: {
      medicines,
      allergies: allergyRows,
      conditions,
      ...(language ? { language } : {}),
      interpreter,
    },
    issues,
  };
}
