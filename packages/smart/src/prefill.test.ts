import { newSymptomTemplates } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, createVisitPrepStore } from '@sdmkit/core';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient } from './client.js';
import { serverDrafts } from './drafts.js';
import { visitPrepForm } from './forms.js';
import { readVisitPrepRecord } from './prefill.js';

let server: FhirTestServer;
const template = newSymptomTemplates.en;

beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

/** Creates a resource on the server (validated there) and returns its id. */
async function create(resource: Record<string, unknown>): Promise<string> {
  const answer = await fetch(`${server.baseUrl}/${resource.resourceType}`, {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(resource),
  });
  expect(answer.status, JSON.stringify(await answer.clone().json())).toBe(201);
  return (await answer.json()).id;
}

/** A patient whose record has what a portal's EHR typically holds, the way EHRs code it. */
async function seedPatient() {
  const patient = await create({
    resourceType: 'Patient',
    name: [{ family: 'Demo', given: ['Record'] }],
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es', display: 'Spanish' }], text: 'Spanish' },
        preferred: true,
      },
    ],
  });
  const subject = { reference: `Patient/${patient}` };
  const rxnorm = 'http://www.nlm.nih.gov/research/umls/rxnorm';
  await create({
    resourceType: 'MedicationStatement',
    status: 'active',
    subject,
    medicationCodeableConcept: {
      coding: [{ system: rxnorm, code: '860975', display: 'Metformin 500 MG Oral Tablet' }],
    },
    dosage: [{ text: '1 tablet twice a day with meals' }],
    reasonCode: [{ text: 'Type 2 diabetes' }],
  });
  await create({
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    subject,
    medicationCodeableConcept: { text: 'Lisinopril 10 mg tablet' },
    dosageInstruction: [{ text: 'Once a day' }],
  });
  // Only a code, no words a patient can read: left out, and said so.
  await create({
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    subject,
    medicationCodeableConcept: { coding: [{ system: rxnorm, code: '197361' }] },
  });
  // Stopped: not read.
  await create({
    resourceType: 'MedicationStatement',
    status: 'stopped',
    subject,
    medicationCodeableConcept: { text: 'Amoxicillin 500 mg' },
  });
  await create({
    resourceType: 'AllergyIntolerance',
    patient: subject,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
    },
    code: { text: 'Penicillin' },
    reaction: [{ manifestation: [{ text: 'Hives' }] }],
  });
  const snomed = 'http://snomed.info/sct';
  const status = (code: string) => ({
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code }],
  });
  const category = (code: string) => [
    { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code }] },
  ];
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('active'),
    category: category('problem-list-item'),
    code: { coding: [{ system: snomed, code: '44054006', display: 'Type 2 diabetes mellitus' }] },
  });
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('active'),
    category: category('problem-list-item'),
    code: {
      coding: [{ system: snomed, code: '59621000', display: 'Essential hypertension' }],
      text: 'High blood pressure',
    },
  });
  // Only a code: left out, and said so.
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('active'),
    category: category('problem-list-item'),
    code: { coding: [{ system: snomed, code: '195967001' }] },
  });
  // Resolved, a diagnosis of one encounter, no status at all: not read.
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('resolved'),
    category: category('problem-list-item'),
    code: { text: 'Appendicitis' },
  });
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('active'),
    category: category('encounter-diagnosis'),
    code: { text: 'Sprained ankle' },
  });
  await create({ resourceType: 'Condition', subject, code: { text: 'Type 2 diabetes' } });
  // Back again: active too.
  await create({
    resourceType: 'Condition',
    subject,
    clinicalStatus: status('recurrence'),
    category: category('problem-list-item'),
    code: { coding: [{ system: snomed, code: '90560007', display: 'Gout' }] },
  });
  return patient;
}

describe('prefill from the record', () => {
  it('reads active medicines, allergies, the problem list and the preferred language, and says what it left out', async () => {
    const patient = await seedPatient();
    const { record, issues } = await readVisitPrepRecord(fetchFhirClient({ serverUrl: server.baseUrl }), {
      patient,
      visitLanguage: template.locale,
    });
    expect(record.medicines).toEqual([
      {
        name: 'Metformin 500 MG Oral Tablet',
        dose: '1 tablet twice a day with meals',
        frequency: '',
        reason: 'Type 2 diabetes',
      },
      { name: 'Lisinopril 10 mg tablet', dose: 'Once a day', frequency: '', reason: '' },
    ]);
    expect(record.allergies).toEqual([{ substance: 'Penicillin', reaction: 'Hives' }]);
    expect(record.conditions).toEqual([
      { name: 'Type 2 diabetes mellitus' },
      { name: 'High blood pressure' },
      { name: 'Gout' },
    ]);
    expect(record).toMatchObject({ language: 'Spanish', interpreter: true });
    expect(issues).toEqual([
      {
        path: 'MedicationRequest: Bundle.entry[1].resource',
        message: 'Left out: no name a patient can read (only a code or a reference)',
      },
      { path: 'Condition: Bundle.entry[2].resource.code', message: 'Left out: no name a patient can read' },
    ]);
  });

  it('adds it for the patient to check without touching what they typed, and the marks reach the server', async () => {
    const patient = await seedPatient();
    const client = fetchFhirClient({ serverUrl: server.baseUrl });
    const form = visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' });
    const drafts = serverDrafts({
      client,
      form,
      subject: { reference: `Patient/${patient}` },
      local: createMemoryStorage(),
      debounceMs: 5,
    });
    const store = createVisitPrepStore(template, { persist: createPersistence({ storage: drafts }) });
    await store.hydrate();
    store.getState().actions.addRow('medicines', { name: 'metformin 500 mg oral tablet', dose: 'only in the morning' });
    store.getState().actions.addRow('conditions', { name: 'High blood pressure' });
    const { record } = await readVisitPrepRecord(client, { patient, visitLanguage: 'en-GB' });
    expect(store.getState().actions.addFromRecord(record)).toBe(4);
    await store.flush();
    await drafts.sendNow();

    const input = store.getState().input;
    expect(input.medicines.map((m) => [m.name, m.dose, m.fromRecord])).toEqual([
      ['metformin 500 mg oral tablet', 'only in the morning', undefined],
      ['Lisinopril 10 mg tablet', 'Once a day', true],
    ]);
    expect(input.allergies).toMatchObject([{ substance: 'Penicillin', reaction: 'Hives', fromRecord: true }]);
    expect(input.conditions.map((c) => [c.name, c.fromRecord])).toEqual([
      ['High blood pressure', undefined],
      ['Type 2 diabetes mellitus', true],
      ['Gout', true],
    ]);
    expect(input.practical).toMatchObject({ interpreter: true, interpreterLanguage: 'Spanish' });

    // Another device opens the draft from the server: the rows are still marked as from the record.
    const other = serverDrafts({
      client,
      form,
      subject: { reference: `Patient/${patient}` },
      local: createMemoryStorage(),
    });
    const resumed = createVisitPrepStore(template, { persist: createPersistence({ storage: other }) });
    await resumed.hydrate();
    expect(resumed.getState().input.medicines.map((m) => m.fromRecord)).toEqual([undefined, true]);
    expect(resumed.getState().input.allergies.map((a) => a.fromRecord)).toEqual([true]);
    expect(resumed.getState().input.conditions).toEqual(input.conditions);
    drafts.destroy();
    other.destroy();
  });
});

describe('prefill from a server that does not filter', () => {
  /** A client whose server answers every search with the same entries, whatever it was asked. */
  const answering = (conditions: unknown[]) => ({
    state: { serverUrl: 'https://fhir.example.org/r4' },
    request: async (options: { url: string }) => {
      const patient = options.url.startsWith('Patient/');
      const body = patient
        ? { resourceType: 'Patient' }
        : {
            resourceType: 'Bundle',
            type: 'searchset',
            entry: options.url.startsWith('Condition?') ? conditions.map((resource) => ({ resource })) : [],
          };
      return { body, response: { status: 200, headers: { get: () => null } } };
    },
  });

  it('takes only active (or recurring) problem-list conditions with words a patient can read, and lists the rest by path', async () => {
    const problem = (clinical: string, category: string, code: unknown) => ({
      resourceType: 'Condition',
      clinicalStatus: { coding: [{ code: clinical }] },
      category: [{ coding: [{ code: category }] }],
      code,
    });
    const { record, issues } = await readVisitPrepRecord(
      answering([
        problem('active', 'problem-list-item', { text: 'Asthma' }),
        problem('resolved', 'problem-list-item', { text: 'Appendicitis' }),
        problem('active', 'encounter-diagnosis', { text: 'Sprained ankle' }),
        problem('active', 'problem-list-item', { text: 5 }),
        { resourceType: 'Observation' },
        problem('relapse', 'problem-list-item', { text: 'Depression' }),
      ]),
      { patient: 'p1' },
    );
    expect(record.conditions).toEqual([{ name: 'Asthma' }, { name: 'Depression' }]);
    expect(issues).toEqual([
      {
        path: 'Condition: Bundle.entry[3].resource.code.text',
        message: 'Left out: not a readable resource of this type',
      },
      {
        path: 'Condition: Bundle.entry[4].resource.resourceType',
        message: 'Left out: not a readable resource of this type',
      },
      { path: 'Condition: Bundle.entry[1].resource.clinicalStatus', message: 'Left out: not an active condition' },
      { path: 'Condition: Bundle.entry[2].resource.category', message: 'Left out: not on the problem list' },
    ]);
    // No patient data in what is reported.
    expect(JSON.stringify(issues)).not.toMatch(/Appendicitis|Sprained|Asthma|Depression/);
  });
});
