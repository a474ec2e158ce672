import { prostateTreatmentEn } from '@sdmkit/content';
import { createDecisionAidStore, type DecisionAidDocument, parseDecisionAid } from '@sdmkit/core';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient } from './client.js';
import { readDecisionAidRecord } from './risk-profile.js';

let server: FhirTestServer;
beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

const SCT = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const PSA = { system: LOINC, code: '2857-1' };

// Test-only groups and thresholds on a shipped aid, for the machinery (not clinical advice; no numbers of their own).
const content: DecisionAidDocument = {
  ...prostateTreatmentEn,
  riskProfiles: [
    {
      id: 'group-a',
      label: 'Group A',
      record: { conditions: [{ system: SCT, code: '1111' }], observations: [{ ...PSA, unit: 'ng/mL', low: 10 }] },
    },
    { id: 'group-b', label: 'Group B', record: { observations: [{ ...PSA, unit: 'ng/mL', high: 10 }] } },
  ],
};

async function create(resource: Record<string, unknown>): Promise<string> {
  const answer = await fetch(`${server.baseUrl}/${resource.resourceType}`, {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(resource),
  });
  expect(answer.status, JSON.stringify(await answer.clone().json())).toBe(201);
  return (await answer.json()).id;
}

const active = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
};
const verification = (code: string) => ({
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code }],
});
const psa = (subject: object, value: number, date: string, status = 'final') => ({
  resourceType: 'Observation',
  status,
  subject,
  code: { coding: [{ ...PSA, display: 'PSA' }] },
  effectiveDateTime: date,
  valueQuantity: { value, unit: 'ng/mL', system: UCUM, code: 'ng/mL' },
});

async function patient(): Promise<{ id: string; subject: { reference: string } }> {
  const id = await create({ resourceType: 'Patient', name: [{ family: 'Demo' }] });
  return { id, subject: { reference: `Patient/${id}` } };
}

describe('the decision aid’s risk profile from the record', () => {
  it('is valid content', () => {
    expect(parseDecisionAid(content).issues).toEqual([]);
  });

  it('offers the profile of the latest final result, ignores older, preliminary and other patients’ results', async () => {
    const client = fetchFhirClient({ serverUrl: server.baseUrl });
    const me = await patient();
    const other = await patient();
    await create(psa(me.subject, 12.5, '2024-03-01'));
    await create(psa(me.subject, 6.1, '2026-05-20'));
    await create(psa(me.subject, 30, '2026-10-01', 'preliminary'));
    await create(psa(other.subject, 40, '2026-11-01'));
    const read = await readDecisionAidRecord(client, content, { patient: me.id });
    expect(read.facts.observations).toEqual([{ ...PSA, value: 6.1, unit: 'ng/mL' }]);
    expect(read).toMatchObject({ record: { riskProfileId: 'group-b' }, matched: ['group-b'], issues: [] });

    const store = createDecisionAidStore(content);
    expect(store.getState().actions.addFromRecord(read.record)).toBe(true);
    expect(store.getState().input).toMatchObject({ riskProfileId: 'group-b', riskProfileFromRecord: true });
  });

  it('matches an active condition, not a refuted one, and offers none when the record fits two groups', async () => {
    const client = fetchFhirClient({ serverUrl: server.baseUrl });
    const me = await patient();
    const coded = { coding: [{ system: SCT, code: '1111', display: 'Test condition' }] };
    await create({
      resourceType: 'Condition',
      subject: me.subject,
      clinicalStatus: active,
      verificationStatus: verification('refuted'),
      code: coded,
    });
    expect((await readDecisionAidRecord(client, content, { patient: me.id })).matched).toEqual([]);
    await create({ resourceType: 'Condition', subject: me.subject, clinicalStatus: active, code: coded });
    expect(await readDecisionAidRecord(client, content, { patient: me.id })).toMatchObject({
      record: { riskProfileId: 'group-a' },
      matched: ['group-a'],
    });
    await create(psa(me.subject, 4, '2026-06-01'));
    expect(await readDecisionAidRecord(client, content, { patient: me.id })).toMatchObject({
      record: { riskProfileId: null },
      matched: ['group-a', 'group-b'],
    });
  });

  it('says so when the latest result has no number, and never uses an older one instead', async () => {
    const client = fetchFhirClient({ serverUrl: server.baseUrl });
    const me = await patient();
    await create(psa(me.subject, 15, '2025-01-01'));
    await create({ ...psa(me.subject, 0, '2026-01-01'), valueQuantity: undefined, valueString: 'haemolysed sample' });
    const read = await readDecisionAidRecord(client, content, { patient: me.id });
    expect(read.record.riskProfileId).toBeNull();
    expect(read.issues).toEqual([
      {
        path: 'Observation: Bundle.entry[0].resource.valueQuantity',
        message: 'Left out: the latest result has no number with a unit',
      },
    ]);
  });

  it('asks nothing of the server when no profile names anything in the record', async () => {
    let requests = 0;
    const client = fetchFhirClient({
      serverUrl: server.baseUrl,
      fetch: (...args: Parameters<typeof fetch>) => {
        requests += 1;
        return fetch(...args);
      },
    });
    const read = await readDecisionAidRecord(client, prostateTreatmentEn, { patient: 'abc' });
    expect(read).toEqual({
      record: { riskProfileId: null },
      matched: [],
      facts: { conditions: [], observations: [] },
      issues: [],
    });
    expect(requests).toBe(0);
    await expect(readDecisionAidRecord(client, content, { patient: '../Patient' })).rejects.toThrow(TypeError);
  });
});
