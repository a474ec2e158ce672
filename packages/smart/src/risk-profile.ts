import {
  type DecisionAidDocument,
  type DecisionAidRecord,
  matchRiskProfile,
  type RecordCode,
  type RecordFacts,
  type RecordObservation,
  riskProfileCodes,
} from '@sdmkit/core';
import * as v from 'valibot';
import type { SmartClientLike } from './client.js';
import { checkId } from './resources.js';
import { type RecordIssue, searchRecord } from './search.js';

/** Options for `readDecisionAidRecord`: whose record, how many entries. */
export interface ReadDecisionAidRecordOptions {
  /** The patient's id (e.g. `client.patient.id` after a SMART launch). */
  readonly patient: string;
  /** Most entries read per resource type (default 100, the first page). */
  readonly count?: number | undefined;
}

/** What `readDecisionAidRecord` gives: the profile to offer, what the record matched, and what it left out. */
export interface DecisionAidRecordRead {
  /** Hand it to the decision-aid store's `addFromRecord`. */
  readonly record: DecisionAidRecord;
  /** Every profile the record matched; more than one means none is offered (see `matchRiskProfile`). */
  readonly matched: readonly string[];
  /** The codes and results that were matched on. */
  readonly facts: RecordFacts;
  readonly issues: readonly RecordIssue[];
}

const Coding = v.looseObject({ system: v.optional(v.string()), code: v.optional(v.string()) });
const Concept = v.looseObject({ coding: v.optional(v.array(Coding)) });
const ConditionSchema = v.looseObject({
  resourceType: v.literal('Condition'),
  code: v.optional(Concept),
  verificationStatus: v.optional(Concept),
});
const ObservationSchema = v.looseObject({
  resourceType: v.literal('Observation'),
  code: Concept,
  valueQuantity: v.optional(
    v.looseObject({ value: v.optional(v.number()), code: v.optional(v.string()), unit: v.optional(v.string()) }),
  ),
});

/** Verification statuses that mean the condition is not the patient's. */
const NOT_THEIRS = new Set(['refuted', 'entered-in-error']);

const token = (codes: readonly RecordCode[]) => encodeURIComponent(codes.map((c) => `${c.system}|${c.code}`).join(','));
const has = (concept: v.InferOutput<typeof Concept> | undefined, c: RecordCode) =>
  !!concept?.coding?.some((x) => x.system === c.system && x.code === c.code);

/**
 * Reads what the patient's record says about the decision aid's risk profiles (the `record` of each profile in the
 * content): active conditions with the codes the profiles name, and the latest final result of each observation
 * code. One matching profile is offered (`addFromRecord`), for the patient to check; none is when the record
 * matches none or several. Nothing is asked of the server when no profile names anything in the record. Every
 * resource is checked; one that cannot be used is left out and listed in `issues` with its path. Throws a
 * `SmartError` when a search fails as a whole.
 *
 * SMART scopes: `patient/Condition.rs`, `patient/Observation.rs` (v2), only those the content's profiles need.
 */
export async function readDecisionAidRecord(
  client: SmartClientLike,
  content: DecisionAidDocument,
  options: ReadDecisionAidRecordOptions,
): Promise<DecisionAidRecordRead> {
  checkId(options.patient, 'readDecisionAidRecord');
  const codes = riskProfileCodes(content);
  const issues: RecordIssue[] = [];
  const base = `patient=${encodeURIComponent(`Patient/${options.patient}`)}&_count=${options.count ?? 100}`;
  const [conditions, observations] = await Promise.all([
    codes.conditions.length
      ? searchRecord(
          client,
          'Condition',
          `${base}&clinical-status=active&code=${token(codes.conditions)}`,
          ConditionSchema,
          issues,
        )
      : [],
    codes.observations.length
      ? searchRecord(
          client,
          'Observation',
          `${base}&status=final,amended,corrected&code=${token(codes.observations)}&_sort=-date`,
          ObservationSchema,
          issues,
        )
      : [],
  ]);

  const facts: { conditions: RecordCode[]; observations: RecordObservation[] } = { conditions: [], observations: [] };
  for (const [, c] of conditions) {
    if (c.verificationStatus?.coding?.some((x) => NOT_THEIRS.has(x.code ?? ''))) continue;
    facts.conditions.push(...codes.conditions.filter((code) => has(c.code, code)));
  }
  // Newest first (`_sort=-date`): the first result of a code is its latest; an older one never stands in for it.
  for (const code of codes.observations) {
    const latest = observations.find(([, o]) => has(o.code, code));
    if (!latest) continue;
    const [i, o] = latest;
    const value = o.valueQuantity?.value;
    const unit = o.valueQuantity?.code ?? o.valueQuantity?.unit;
    if (value === undefined || !unit) {
      issues.push({
        path: `Observation: Bundle.entry[${i}].resource.valueQuantity`,
        message: 'Left out: the latest result has no number with a unit',
      });
      continue;
    }
    facts.observations.push({ ...code, value, unit });
  }
  const { riskProfileId, matched } = matchRiskProfile(content, facts);
  return { record: { riskProfileId }, matched, facts, issues };
}
