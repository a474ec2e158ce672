import { prostateTreatmentEn, visitQuestionsEn } from '@sdmkit/content';
import { createDecisionAidStore, createQuestionListStore } from '@sdmkit/core';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { DocumentReference, QuestionnaireResponse } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient } from './client.js';
import { documentDecision, findResponses, saveResponse } from './clinician.js';
import { decisionAidForm, decisionAidVisitForm, questionListForm } from './forms.js';
import { submitResponse } from './submit.js';

// The clinician's side of the loop against the real FHIR server: find what the patient prepared, read it back
// (also when it does not read whole), write the visit's answers back with version checks, document the decision.
const canonicalBase = 'https://portal.example.org/fhir';
const questions = questionListForm(visitQuestionsEn, { canonicalBase });
const aid = decisionAidForm(prostateTreatmentEn, { canonicalBase });
let server: FhirTestServer;
let n = 0;

beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

const client = () => fetchFhirClient({ serverUrl: server.baseUrl });
const put = (r: QuestionnaireResponse) =>
  fetch(`${server.baseUrl}/QuestionnaireResponse${r.id ? `/${r.id}` : ''}`, {
    method: r.id ? 'PUT' : 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(r),
  });

/** A patient who prepared a question list and a decision aid in the portal and submitted both. */
async function patientPrepared() {
  const patient = `clinic-${++n}-${Date.now()}`;
  const subject = { reference: `Patient/${patient}` };
  const ql = createQuestionListStore(visitQuestionsEn);
  const [q1, q2, q3] = visitQuestionsEn.questions;
  for (const q of [q1, q2, q3]) if (q) ql.getState().actions.pick(q.id);
  ql.getState().actions.addOwn('Can I still travel in May?');
  await submitResponse({
    client: client(),
    form: questions,
    input: ql.getState().input,
    subject,
    document: { text: 'My questions', title: 'Questions for the visit' },
  });
  const da = createDecisionAidStore(prostateTreatmentEn);
  const [first, second] = prostateTreatmentEn.values;
  if (first) da.getState().actions.rate(first.id, 4);
  if (second) da.getState().actions.rate(second.id, 1);
  da.getState().actions.answerSure('sure', false);
  da.getState().actions.setLeaning(prostateTreatmentEn.options[0]?.id ?? null);
  await submitResponse({
    client: client(),
    form: aid,
    input: da.getState().input,
    subject,
    document: { text: 'My decision summary', title: 'Decision summary' },
  });
  return { patient, subject, ql: ql.getState().input, da: da.getState().input };
}

describe('the clinician opens what the patient prepared', () => {
  it('finds each form’s response and reads it back: ratings, SURE, leaning, the top questions', async () => {
    const { patient, ql, da } = await patientPrepared();
    const [list] = await findResponses(client(), { form: questions, patient });
    expect(list).toMatchObject({ status: 'completed', read: { ok: true, value: ql } });
    const [decision] = await findResponses(client(), { form: aid, patient });
    expect(decision?.read.ok).toBe(true);
    expect(decision?.read.value?.ratings).toEqual(da.ratings);
    expect(decision?.read.value?.sure).toEqual(da.sure);
    expect(decision?.read.value?.leaning).toBe(da.leaning);
  });

  it('shows a response to another version and a malformed one with their issues and what could be read', async () => {
    const { patient } = await patientPrepared();
    const [current] = await findResponses(client(), { form: questions, patient });
    const stored = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).find((r) => r.id === current?.id);
    if (!stored) throw new Error('no stored response');
    const older = { ...structuredClone(stored), id: undefined, meta: undefined };
    older.questionnaire = `${questions.questionnaire.url}|0.9.0`;
    older.authored = '2026-11-01T10:00:00Z';
    expect((await put(older)).status).toBe(201);
    const broken = { ...structuredClone(stored), id: undefined, meta: undefined, authored: '2026-10-01T10:00:00Z' };
    const text = broken.item?.flatMap((i) => i.item ?? []).find((i) => i.answer?.[0]?.valueString !== undefined);
    if (text?.answer) text.answer = [{ valueInteger: 3 }];
    expect((await put(broken)).status).toBe(201);

    const found = await findResponses(client(), { form: questions, patient });
    expect(found).toHaveLength(3);
    const [, old, bad] = found;
    expect(old?.read.ok).toBe(false);
    expect(old?.read.issues.map((i) => i.code)).toEqual(['wrong_version']);
    expect(old?.read.ok === false && old.read.partial?.items.length).toBe(4);
    expect(bad?.read.ok).toBe(false);
    expect(bad?.read.issues[0]).toMatchObject({
      code: 'invalid_answer',
      path: expect.stringMatching(/^QuestionnaireResponse\.item/),
    });
    expect(bad?.read.ok === false && bad.read.partial?.items.length).toBeGreaterThan(0);
  });
});

describe('during the visit', () => {
  it('writes the answers back as an update of the same response, and refuses to write over a change not seen', async () => {
    const { patient, subject, ql } = await patientPrepared();
    const [opened] = await findResponses(client(), { form: questions, patient });
    if (!opened?.id || !opened.versionId || !opened.read.ok) throw new Error('not opened');
    const visit = createQuestionListStore(visitQuestionsEn, { initialInput: opened.read.value });
    const top = ql.items[0]?.key ?? '';
    visit.getState().actions.mark(top, 'answered');
    visit.getState().actions.setNote(top, 'Yes: the biopsy results come in about a week.');

    // Meanwhile the patient adds a question on their phone.
    const theirs = createQuestionListStore(visitQuestionsEn, { initialInput: opened.read.value });
    theirs.getState().actions.addOwn('Who do I call if it gets worse?');
    const patientSave = await saveResponse(client(), {
      form: questions,
      response: { id: opened.id, versionId: opened.versionId },
      input: theirs.getState().input,
      status: 'completed',
      subject,
    });

    const clinician = { reference: 'Practitioner/dr-demo' };
    await expect(
      saveResponse(client(), {
        form: questions,
        response: { id: opened.id, versionId: opened.versionId },
        input: visit.getState().input,
        status: 'completed',
        subject,
        author: clinician,
      }),
    ).rejects.toMatchObject({ name: 'SmartError', code: 'conflict', status: 412 });
    // Nothing was lost: the patient's question is on the server, the clinician's notes are still in hand.
    const [again] = await findResponses(client(), { form: questions, patient });
    expect(again?.versionId).toBe(patientSave.versionId);
    expect(again?.read.value?.items.map((i) => i.text)).toContain('Who do I call if it gets worse?');
    expect(visit.getState().input.items.find((i) => i.key === top)).toMatchObject({ status: 'answered' });

    // Read again, bring both together, save: both are there.
    const merged = createQuestionListStore(visitQuestionsEn, { initialInput: again?.read.value });
    merged.getState().actions.mark(top, 'answered');
    merged.getState().actions.setNote(top, 'Yes: the biopsy results come in about a week.');
    const saved = await saveResponse(client(), {
      form: questions,
      response: { id: again?.id ?? '', versionId: again?.versionId ?? '' },
      input: merged.getState().input,
      status: 'completed',
      subject,
      author: clinician,
    });
    const [final] = await findResponses(client(), { form: questions, patient });
    expect(final?.versionId).toBe(saved.versionId);
    const item = final?.read.value?.items.find((i) => i.key === top);
    expect(item).toMatchObject({ status: 'answered', note: 'Yes: the biopsy results come in about a week.' });
    const stored = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).find((r) => r.id === final?.id);
    expect(server.validate(stored)).toEqual([]);
  });

  it('records the decision and who took part in the decision aid’s own response, with a version check', async () => {
    const { patient, subject, da } = await patientPrepared();
    const visitForm = decisionAidVisitForm(prostateTreatmentEn, { canonicalBase });
    const [opened] = await findResponses(client(), { form: visitForm, patient });
    if (!opened?.id || !opened.versionId || !opened.read.ok) throw new Error('not opened');
    expect(opened.read.value).toEqual({ input: da, visit: { decision: null, nextStep: '', participants: [] } });
    const visit = {
      decision: 'not-decided',
      nextStep: 'Talk again after the MRI',
      participants: ['The patient', 'His wife', 'Dr Demo'],
    };
    const saved = await saveResponse(client(), {
      form: visitForm,
      response: { id: opened.id, versionId: opened.versionId },
      input: { input: opened.read.value.input, visit },
      status: 'completed',
      subject,
      author: { reference: 'Practitioner/dr-demo' },
    });
    expect(saved.id).toBe(opened.id);
    const stored = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).find((r) => r.id === saved.id);
    expect(server.validate(stored)).toEqual([]);
    const [again] = await findResponses(client(), { form: visitForm, patient });
    expect(again?.read.value).toEqual({ input: da, visit });
    // The patient's own reader still reads the same response whole.
    const [patients] = await findResponses(client(), { form: aid, patient });
    expect(patients?.read).toMatchObject({ ok: true, value: da });
    // Saving over the version first opened is refused: the decision recorded is not written over.
    await expect(
      saveResponse(client(), {
        form: visitForm,
        response: { id: opened.id, versionId: opened.versionId },
        input: { input: da, visit: { ...visit, decision: prostateTreatmentEn.options[0]?.id ?? null } },
        status: 'completed',
        subject,
      }),
    ).rejects.toMatchObject({ code: 'conflict', status: 412 });
  });

  it('documents the shared decision as a plain-text note linked to the responses and the encounter', async () => {
    const { patient, subject } = await patientPrepared();
    const responses = [
      ...(await findResponses(client(), { form: aid, patient })),
      ...(await findResponses(client(), { form: questions, patient })),
    ];
    const text = 'Decision: active surveillance. Taking part: the patient, his wife, Dr Demo.\nNext: PSA in 6 months.';
    const { id } = await documentDecision(client(), {
      subject,
      encounter: { reference: 'Encounter/visit-7' },
      author: { reference: 'Practitioner/dr-demo' },
      document: { text, title: 'Shared decision', language: 'en' },
      related: responses.map((r) => ({ reference: `QuestionnaireResponse/${r.id}` })),
    });
    const doc = (await server.all<DocumentReference>('DocumentReference')).find((d) => d.id === id);
    expect(doc && server.validate(doc)).toEqual([]);
    expect(doc?.context?.related?.map((r) => r.reference)).toEqual(
      responses.map((r) => `QuestionnaireResponse/${r.id}`),
    );
    expect(
      new TextDecoder().decode(Uint8Array.from(atob(doc?.content[0]?.attachment.data ?? ''), (c) => c.charCodeAt(0))),
    ).toBe(text);
  });
});
