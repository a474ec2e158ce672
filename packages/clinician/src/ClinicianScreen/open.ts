import { merge3, type QuestionListInput, type VisitPrepInput } from '@sdmkit/core';
import type { DecisionAidWithVisit } from '@sdmkit/fhir';
import { findResponses, type PatientResponse, type SdmForm, type SmartClientLike } from '@sdmkit/smart';
import type { Reference } from 'fhir/r4';

/** The forms of the widgets a clinician screen opens; leave out a widget the host does not use. */
export interface ClinicianForms {
  readonly visitPrep?: SdmForm<VisitPrepInput> | undefined;
  /** `decisionAidVisitForm`: the patient's answers and what the visit recorded, in one response. */
  readonly decisionAid?: SdmForm<DecisionAidWithVisit> | undefined;
  readonly questionList?: SdmForm<QuestionListInput> | undefined;
}

/** The patient's latest response to each form, as `findResponses` read it; absent when there is none. */
export interface PatientPreparation {
  readonly visitPrep?: PatientResponse<VisitPrepInput> | undefined;
  readonly decisionAid?: PatientResponse<DecisionAidWithVisit> | undefined;
  readonly questionList?: PatientResponse<QuestionListInput> | undefined;
}

/** Options for `openPatientPreparation`: which patient, and which visit when known. */
export interface OpenPreparationOptions {
  readonly forms: ClinicianForms;
  /** The patient's id on the server. */
  readonly patient: string;
  /** Only responses for this encounter, when known. */
  readonly encounter?: Reference | undefined;
  /** Only responses authored on or after this date (FHIR date or dateTime). */
  readonly since?: string | undefined;
}

/**
 * Finds the patient's latest `in-progress` or `completed` response to each form (any version of its
 * Questionnaire), read back with the form: `read.ok` with the input, or the typed issues and what could be read.
 * Rejects with the `SmartError` of a failed search. SMART scopes: `user/QuestionnaireResponse.rs` (EHR launch).
 */
export async function openPatientPreparation(
  client: SmartClientLike,
  options: OpenPreparationOptions,
): Promise<PatientPreparation> {
  const latest = async <I>(form: SdmForm<I> | undefined) =>
    form
      ? (
          await findResponses(client, {
            form,
            patient: options.patient,
            encounter: options.encounter,
            since: options.since,
          })
        )[0]
      : undefined;
  const [visitPrep, decisionAid, questionList] = await Promise.all([
    latest(options.forms.visitPrep),
    latest(options.forms.decisionAid),
    latest(options.forms.questionList),
  ]);
  return { visitPrep, decisionAid, questionList };
}

/** What a response gives a widget: the input read whole, else what could be read, else nothing. */
export function readableInput<I>(response: PatientResponse<I> | undefined): I | undefined {
  if (!response) return undefined;
  return response.read.ok ? response.read.value : response.read.partial;
}

/**
 * After a conflict: the server's copy (`theirs`) with what was noted here since the copy `base` was opened (`own`),
 * answer by answer (core's `merge3`), checked with `parse`. The server's copy alone when there is nothing to bring
 * together or the merge does not pass the check.
 */
export function withNotesInHand<I>(
  base: I | undefined,
  own: I | undefined,
  theirs: I | undefined,
  parse: (raw: unknown) => { ok: boolean; value?: I },
): I | undefined {
  if (base === undefined || own === undefined || theirs === undefined) return theirs;
  const result = parse(merge3(base, own, theirs).value);
  return result.ok ? result.value : theirs;
}
