import { describe, expect, it } from 'vitest';
import { createFhirValidator } from './test-utils/fhir-schema.js';

const validator = createFhirValidator();

describe('the FHIR R4 JSON Schema used by the tests', () => {
  it('is HL7 R4 4.0.1 (official build 9346c8cc45) in JSON Schema draft-06 with the R4 resource list', () => {
    expect(validator.info).toEqual({
      schemaId: 'http://hl7.org/fhir/json-schema/4.0',
      metaSchema: 'http://json-schema.org/draft-06/schema#',
      fhirVersion: '4.0.1',
      buildId: '9346c8cc45',
      resourceTypes: 146,
      definitions: 681,
    });
  });

  it('accepts a minimal valid QuestionnaireResponse', () => {
    expect(
      validator.validate({ resourceType: 'QuestionnaireResponse', status: 'in-progress', item: [{ linkId: 'a' }] }),
    ).toEqual([]);
  });

  it.each([
    ['an unknown status', { resourceType: 'QuestionnaireResponse', status: 'done' }],
    ['an unknown element', { resourceType: 'Questionnaire', status: 'active', colour: 'red' }],
    [
      'an unknown item type',
      { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'number' }] },
    ],
    ['an empty string', { resourceType: 'Questionnaire', status: 'active', title: '' }],
    ['a bad dateTime', { resourceType: 'QuestionnaireResponse', status: 'completed', authored: 'yesterday' }],
    ['a resource type outside R4', { resourceType: 'Bot', name: 'x' }],
    ['a Meta field outside R4', { resourceType: 'Questionnaire', status: 'active', meta: { project: 'p' } }],
  ])('rejects %s', (_what, resource) => {
    expect(validator.validate(resource).length).toBeGreaterThan(0);
  });

  it('does not check cardinality (HL7 leaves `required` out), so the mapping tests check required elements', () => {
    expect(validator.validate({ resourceType: 'QuestionnaireResponse' })).toEqual([]);
  });
});
