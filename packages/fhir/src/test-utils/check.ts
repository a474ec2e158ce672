import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { expect } from 'vitest';
import { createFhirValidator } from './fhir-schema.js';

const validator = createFhirValidator();

export const BASE = 'https://portal.example.org/fhir';
export const AUTHORED = '2026-11-02T09:30:00Z';

function questionnaireProblems(q: Questionnaire): string[] {
  const out: string[] = [];
  if (!q.status) out.push('status missing');
  const seen = new Set<string>();
  const walk = (items: readonly QuestionnaireItem[], at: string) => {
    items.forEach((item, i) => {
      const path = `${at}[${i}]`;
      if (!item.linkId) out.push(`${path}.linkId missing`);
      if (seen.has(item.linkId)) out.push(`${path}.linkId "${item.linkId}" repeats`);
      seen.add(item.linkId);
      if (!item.type) out.push(`${path}.type missing`);
      if (item.type === 'group' && !(item.item && item.item.length > 0)) out.push(`${path}: group without items`);
      if (item.type === 'display' && (item.required || item.repeats)) out.push(`${path}: display required/repeats`);
      if (item.answerOption && !['choice', 'open-choice'].includes(item.type)) out.push(`${path}: answerOption`);
      walk(item.item ?? [], `${path}.item`);
    });
  };
  walk(q.item ?? [], 'item');
  return out;
}

function responseProblems(r: QuestionnaireResponse): string[] {
  const out: string[] = [];
  if (!r.status) out.push('status missing');
  if (!r.questionnaire) out.push('questionnaire missing');
  const walk = (items: readonly QuestionnaireResponseItem[], at: string) => {
    items.forEach((item, i) => {
      const path = `${at}[${i}]`;
      if (!item.linkId) out.push(`${path}.linkId missing`);
      if (!item.answer?.length && !item.item?.length) out.push(`${path}: neither answers nor items`);
      item.answer?.forEach((a, j) => {
        if (Object.keys(a).filter((k) => k.startsWith('value')).length !== 1)
          out.push(`${path}.answer[${j}]: value[x]`);
      });
      walk(item.item ?? [], `${path}.item`);
    });
  };
  walk(r.item ?? [], 'item');
  return out;
}

/** Valid against HL7's R4 JSON Schema, plus the required elements the schema does not check. */
export function expectValidFhir(resource: Questionnaire | QuestionnaireResponse): void {
  // JSON round trip first: what a FHIR server receives is the serialised resource.
  const json = JSON.parse(JSON.stringify(resource));
  expect(validator.validate(json)).toEqual([]);
  expect(
    resource.resourceType === 'Questionnaire' ? questionnaireProblems(resource) : responseProblems(resource),
  ).toEqual([]);
}

export function expectInvalidFhir(resource: unknown): void {
  expect(validator.validate(resource).length).toBeGreaterThan(0);
}
