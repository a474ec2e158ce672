import type { DecisionAidDocument, RecordCode } from './schema.js';

/** What a patient's record gives a decision aid (`addFromRecord`). */
export interface DecisionAidRecord {
  /** The risk profile the record puts the patient in, or null when it puts them in none or in more than one. */
  readonly riskProfileId: string | null;
}

/** An observation's latest result, as read from the record. */
export interface RecordObservation extends RecordCode {
  readonly value: number;
  /** The unit as the record gives it (UCUM code). */
  readonly unit: string;
}

/** The facts of a patient's record that risk profiles can be matched on. */
export interface RecordFacts {
  /** Codes of the patient's active conditions. */
  readonly conditions: readonly RecordCode[];
  /** The latest final result of each observation code asked for. */
  readonly observations: readonly RecordObservation[];
}

/** What `matchRiskProfile` found: the profile to offer and every profile the record matched. */
export interface RiskProfileMatch extends DecisionAidRecord {
  /** Every profile whose `record` matched, in the content's order; more than one means none is offered. */
  readonly matched: readonly string[];
}

/** The codes the content's risk profiles are matched on: what a portal asks the record for. */
export function riskProfileCodes(content: DecisionAidDocument): {
  readonly conditions: readonly RecordCode[];
  readonly observations: readonly RecordCode[];
} {
  const seen = new Set<string>();
  const unique = (codes: readonly RecordCode[]) =>
    codes.flatMap(({ system, code }) => {
      const key = `${system}|${code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ system, code }];
    });
  const profiles = content.riskProfiles ?? [];
  return {
    conditions: unique(profiles.flatMap((p) => p.record?.conditions ?? [])),
    observations: unique(profiles.flatMap((p) => p.record?.observations ?? [])),
  };
}

const same = (a: RecordCode, b: RecordCode) => a.system === b.system && a.code === b.code;

/**
 * Which of the content's risk profiles the record puts the patient in: a profile matches when one of its conditions
 * is active or one of its observations' latest result lies in its range, in its unit (a result in another unit does
 * not match: nothing is converted). One match is offered; none or several offer nothing, and the patient chooses.
 */
export function matchRiskProfile(content: DecisionAidDocument, facts: RecordFacts): RiskProfileMatch {
  const matched = (content.riskProfiles ?? []).flatMap((p) => {
    const byCondition = p.record?.conditions?.some((c) => facts.conditions.some((f) => same(c, f)));
    const byObservation = p.record?.observations?.some((o) =>
      facts.observations.some(
        (f) =>
          same(o, f) &&
          f.unit === o.unit &&
          (o.low === undefined || f.value >= o.low) &&
          (o.high === undefined || f.value < o.high),
      ),
    );
    return byCondition || byObservation ? [p.id] : [];
  });
  return { riskProfileId: matched.length === 1 ? (matched[0] ?? null) : null, matched };
}
