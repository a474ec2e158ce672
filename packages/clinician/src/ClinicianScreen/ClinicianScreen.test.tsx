import {
  newSymptomTemplates,
  pickedQuestionListInput,
  prostateTreatmentEn,
  sampleVisitPrepInput,
  visitQuestionsEn,
} from '@sdmkit/content';
import type { DecisionAidInput } from '@sdmkit/core';
import type { DecisionAidVisit } from '@sdmkit/fhir';
import {
  decisionAidForm,
  fetchFhirClient,
  findResponses,
  questionListForm,
  type SdmForm,
  type SmartClientLike,
  saveResponse,
  submitResponse,
  visitPrepForm,
} from '@sdmkit/smart';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QuestionnaireResponse } from 'fhir/r4';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClinicianScreen } from './ClinicianScreen.js';

// The clinician's screen against the in-page FHIR server (the same Medplum router the HTTP test server runs).
const canonicalBase = 'https://portal.example.org/fhir';
const template = newSymptomTemplates.en;
const doc = prostateTreatmentEn;
const list = visitQuestionsEn;
const forms = {
  visit: visitPrepForm(template, { canonicalBase }),
  decision: decisionAidForm(doc, { canonicalBase }),
  questions: questionListForm(list, { canonicalBase }),
};
const [q1, q2, q3] = list.questions;
const decision: DecisionAidInput = {
  ratings: { [doc.values[0]?.id ?? '']: 4 },
  ownConcerns: [],
  knowledge: {},
  sure: { sure: false, understand: true, riskBenefit: true, encouragement: true },
  leaning: doc.options[0]?.id ?? null,
  riskProfileId: null,
  completedAt: null,
};

type InPage = typeof import('@sdmkit/fhir-test-server/in-page');
let inPage: InPage;
beforeAll(async () => {
  inPage = await import('@sdmkit/fhir-test-server/in-page');
});

async function prepared(parts: { visit?: boolean; decision?: boolean; questions?: boolean } = {}) {
  const fhir = inPage.createInPageFhir();
  const client = fetchFhirClient({ serverUrl: fhir.serverUrl, fetch: fhir.fetch });
  const patient = (await fhir.create({ resourceType: 'Patient', name: [{ family: 'Demo' }] })).id;
  const subject = { reference: `Patient/${patient}` };
  const submit = <I,>(form: SdmForm<I>, input: I) =>
    submitResponse({ client, form, input, subject, document: { text: 'Prepared', title: 'Prepared' } });
  if (parts.visit ?? true) await submit(forms.visit, { ...sampleVisitPrepInput, step: 'agenda' });
  if (parts.decision ?? true) await submit(forms.decision, decision);
  if (parts.questions ?? true)
    await submit(forms.questions, pickedQuestionListInput(q1?.id ?? '', q2?.id ?? '', q3?.id ?? ''));
  return { fhir, client, patient };
}

const screenFor = (client: SmartClientLike, patient: string, onOpen?: () => void) => (
  <ClinicianScreen
    onOpen={onOpen}
    client={client}
    patient={patient}
    canonicalBase={canonicalBase}
    visitPrep={template}
    decisionAid={doc}
    questionList={list}
    author={{ reference: 'Practitioner/demo' }}
    today={new Date(2026, 10, 21)}
  />
);

/** A host that owns what the visit records, with two buttons that change it from outside. */
function VisitHost(props: { client: SmartClientLike; patient: string; changes: DecisionAidVisit[] }) {
  const [visit, setVisit] = useState<DecisionAidVisit | undefined>(undefined);
  const set = (next: DecisionAidVisit) => {
    props.changes.push(next);
    setVisit(next);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => setVisit({ decision: null, nextStep: 'Decide after the scan', participants: ['The patient'] })}
      >
        Host fills in
      </button>
      <button
        type="button"
        onClick={() => setVisit((v) => v && { ...v, participants: [...v.participants, 'A nurse'] })}
      >
        Host adds a nurse
      </button>
      <ClinicianScreen
        client={props.client}
        patient={props.patient}
        canonicalBase={canonicalBase}
        decisionAid={doc}
        visit={visit}
        onVisitChange={set}
      />
    </>
  );
}

describe('ClinicianScreen', () => {
  it('opens the agenda first, the decision aid in encounter mode and the questions in visit mode', async () => {
    const { client, patient } = await prepared();
    render(screenFor(client, patient));
    const questions = await screen.findByRole('region', { name: 'The patient’s questions' }, { timeout: 10_000 });
    const regions = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(regions.filter((r) => r?.startsWith('The ')).slice(0, 3)).toEqual([
      'The patient’s agenda',
      'The decision, on a shared screen',
      'The patient’s questions',
    ]);
    const agenda = screen.getByRole('region', { name: 'The patient’s agenda' });
    expect(within(agenda).getByText(`Leaning towards: ${doc.options[0]?.title}`)).toBeInTheDocument();
    expect(within(agenda).getByText('Not yet sure about: feeling sure')).toBeInTheDocument();
    expect(within(questions).getAllByRole('button', { name: 'Answered' })).toHaveLength(3);

    // Flagged first on the agenda: the three unanswered top-3 questions and the SURE "no".
    const flags = within(agenda).getByRole('heading', { name: 'To raise in this visit' });
    const flagList = flags.nextElementSibling as HTMLElement;
    // (the compact agenda clips long lines, with "Show all")
    const lines = within(flagList)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(4);
    for (const [i, q] of [q1, q2, q3].entries())
      expect(lines[i]).toContain(`Top-3 question not answered yet: ${q?.text.slice(0, 20)}`);
    expect(lines[3]).toBe('Answered “no” in the readiness check (SURE): feeling sure');

    // The patient's own answers, worded to the patient on the shared screen.
    const shared = screen.getByRole('region', { name: 'The decision, on a shared screen' });
    expect(within(shared).getByText(`You rated “${doc.values[0]?.label}” as “Very much”.`)).toBeInTheDocument();
    expect(
      within(shared).getByText('You answered “No” to “Do you feel sure about the best choice for you?”'),
    ).toBeInTheDocument();
    expect(within(shared).getByText(`You are leaning towards: ${doc.options[0]?.title}.`)).toBeInTheDocument();
  });

  it('takes a question off the flags once it is marked answered in the visit', async () => {
    const { client, patient } = await prepared({ visit: true, decision: false });
    const user = userEvent.setup();
    render(screenFor(client, patient));
    const questions = await screen.findByRole('region', { name: 'The patient’s questions' }, { timeout: 10_000 });
    const agenda = screen.getByRole('region', { name: 'The patient’s agenda' });
    expect(within(agenda).getByText(`Top-3 question not answered yet: ${q1?.text}`)).toBeInTheDocument();
    await user.click(within(questions).getAllByRole('button', { name: 'Answered' })[0] as HTMLElement);
    await waitFor(() => expect(within(agenda).queryByText(`Top-3 question not answered yet: ${q1?.text}`)).toBeNull());
    expect(within(agenda).getAllByText(/^Top-3 question not answered yet: /)).toHaveLength(2);
  });

  it('saves the answers as a new version of the same response, and shows a change made meanwhile as a conflict', async () => {
    const { fhir, client, patient } = await prepared({ visit: false, decision: false });
    const user = userEvent.setup();
    let opened = 0;
    render(screenFor(client, patient, () => (opened += 1)));
    const questions = await screen.findByRole('region', { name: 'The patient’s questions' }, { timeout: 10_000 });
    await user.click(within(questions).getAllByRole('button', { name: 'Answered' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Save the answers to the record' }));
    await screen.findByText('Saved to the record.');
    const [saved] = (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')) as QuestionnaireResponse[];
    expect(saved?.meta?.versionId).toBeDefined();
    expect(saved?.author?.reference).toBe('Practitioner/demo');

    // The patient changes the list on their phone while the clinician still has the old version open.
    await waitFor(() => expect(opened).toBe(2)); // opened again at the saved version
    const [current] = await findResponses(client, { form: forms.questions, patient });
    if (!current?.id || !current.versionId || !current.read.ok) throw new Error('not saved');
    const phone = 'Can my wife come to the next visit?';
    await saveResponse(client, {
      form: forms.questions,
      response: { id: current.id, versionId: current.versionId },
      input: {
        ...current.read.value,
        items: [
          ...current.read.value.items,
          { key: 'own:9', source: 'own', text: phone, status: 'open', note: '', followUp: false },
        ],
      },
      status: 'completed',
      subject: { reference: `Patient/${patient}` },
    });
    const reopened = screen.getByRole('region', { name: 'The patient’s questions' });
    await user.click(within(reopened).getAllByRole('button', { name: 'Answered' })[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Save the answers to the record' }));
    await screen.findByText(/Not saved: the patient or a colleague changed these answers/);
    const [kept] = (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')) as QuestionnaireResponse[];
    expect(JSON.stringify(kept)).toContain(phone);

    // Opened again: the patient's question and both answers noted here are on the screen; saved, all are stored.
    await user.click(screen.getByRole('button', { name: 'Open them again' }));
    await screen.findByText(/^Opened again: the patient’s or colleague’s changes and your notes are both here/);
    const merged = screen.getByRole('region', { name: 'The patient’s questions' });
    expect(within(merged).getAllByText(phone).length).toBeGreaterThan(0);
    const pressed = within(merged)
      .getAllByRole('button', { name: 'Answered' })
      .map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).toEqual(['true', 'true', 'false', 'false']);
    await user.click(screen.getByRole('button', { name: 'Save the answers to the record' }));
    await screen.findByText('Saved to the record.');
    const [both] = await findResponses(client, { form: forms.questions, patient });
    expect(both?.read.value?.items.map((i) => [i.text ?? i.questionId, i.status])).toEqual([
      [q1?.id, 'answered'],
      [q2?.id, 'answered'],
      [q3?.id, 'open'],
      [phone, 'open'],
    ]);
  });

  it('records the decision, the next step and who took part in the decision aid’s response, and in the note', async () => {
    const { fhir, client, patient } = await prepared({ visit: false, questions: false });
    const user = userEvent.setup();
    let opened = 0;
    render(screenFor(client, patient, () => (opened += 1)));
    const shared = await screen.findByRole('region', { name: 'The decision, on a shared screen' }, { timeout: 10_000 });
    const decided = within(shared).getByRole('group', { name: 'Decision made' });
    await user.click(within(decided).getByRole('radio', { name: 'Not decided yet' }));
    await user.type(within(shared).getByRole('textbox', { name: 'Next step' }), 'Talk again after the MRI');
    await user.type(
      within(shared).getByRole('textbox', { name: 'Who took part (one per line)' }),
      'The patient{Enter}His wife{Enter}Dr Demo',
    );
    await user.click(within(shared).getByRole('button', { name: 'Save the decision to the record' }));
    await screen.findByText('Saved to the record.');
    await waitFor(() => expect(opened).toBe(2));

    const [stored] = (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')) as QuestionnaireResponse[];
    expect(stored?.meta?.versionId).not.toBe('1');
    const visit = stored?.item?.find((i) => i.linkId === 'visit');
    expect(visit?.item?.map((i) => [i.linkId, i.answer?.map((a) => a.valueCoding?.code ?? a.valueString)])).toEqual([
      ['visit.decision', ['not-decided']],
      ['visit.next-step', ['Talk again after the MRI']],
      ['visit.participants', ['The patient', 'His wife', 'Dr Demo']],
    ]);
    // Opened again at the new version: what was recorded is shown, the patient's answers are kept.
    const again = screen.getByRole('region', { name: 'The decision, on a shared screen' });
    expect(within(again).getByRole('radio', { name: 'Not decided yet' })).toBeChecked();
    expect(within(again).getByText(`You are leaning towards: ${doc.options[0]?.title}.`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record the shared decision' }));
    await screen.findByText('The decision note is in the record.');
    const notes = await fhir.all<{ content: { attachment: { data: string; title?: string } }[] }>('DocumentReference');
    const note = notes.find((n) => n.content[0]?.attachment.title === 'Shared decision');
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(note?.content[0]?.attachment.data ?? ''), (c) => c.charCodeAt(0)),
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Decision: not decided yet',
      'Next step: Talk again after the MRI',
      'Who took part: The patient, His wife, Dr Demo',
    ]);
  });

  it('lets the host own what the visit records (controlled), and tells it of every change', async () => {
    const { client, patient } = await prepared({ visit: false, questions: false });
    const user = userEvent.setup();
    const changes: DecisionAidVisit[] = [];
    render(<VisitHost client={client} patient={patient} changes={changes} />);
    const shared = await screen.findByRole('region', { name: 'The decision, on a shared screen' }, { timeout: 10_000 });
    // Told what the response holds when it is opened (nothing recorded yet).
    await waitFor(() => expect(changes[0]).toEqual({ decision: null, nextStep: '', participants: [] }));
    await user.click(screen.getByRole('button', { name: 'Host fills in' }));
    const next = within(shared).getByRole('textbox', { name: 'Next step' });
    const who = within(shared).getByRole('textbox', { name: 'Who took part (one per line)' });
    expect(next).toHaveValue('Decide after the scan');
    expect(who).toHaveValue('The patient');
    await user.click(within(shared).getByRole('radio', { name: 'Not decided yet' }));
    expect(changes.at(-1)).toEqual({
      decision: 'not-decided',
      nextStep: 'Decide after the scan',
      participants: ['The patient'],
    });
    await user.click(screen.getByRole('button', { name: 'Host adds a nurse' }));
    expect(who).toHaveValue('The patient\nA nurse');
    expect(within(shared).getByRole('radio', { name: 'Not decided yet' })).toBeChecked();
  });

  it('shows a response to another version with what could be read and its typed issues, and does not save over it', async () => {
    const { fhir, client, patient } = await prepared({ visit: false, decision: false });
    const [stored] = (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')) as QuestionnaireResponse[];
    const older = { ...(stored as QuestionnaireResponse), questionnaire: `${forms.questions.questionnaire.url}|0.1.0` };
    await fhir.fetch(`${fhir.serverUrl}/QuestionnaireResponse/${stored?.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify(older),
    });
    render(screenFor(client, patient));
    const questions = await screen.findByRole('region', { name: 'The patient’s questions' }, { timeout: 10_000 });
    expect(within(questions).getByRole('heading', { name: 'Only partly read' })).toBeInTheDocument();
    expect(within(questions).getByText(/answers another version of this questionnaire/)).toBeInTheDocument();
    expect(within(questions).getAllByRole('button', { name: 'Answered' })).toHaveLength(3);
    expect(within(questions).queryByRole('button', { name: 'Save the answers to the record' })).toBeNull();
  });

  it('says when the patient prepared nothing, and when the record cannot be reached', async () => {
    const { client, patient } = await prepared({ visit: false, decision: false, questions: false });
    const { unmount } = render(screenFor(client, patient));
    await screen.findByText('The patient has not prepared anything for this visit yet.', {}, { timeout: 10_000 });
    unmount();

    let calls = 0;
    const down: SmartClientLike = {
      state: { serverUrl: 'https://fhir.example.org/r4' },
      request: () => {
        calls += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    };
    const user = userEvent.setup();
    render(screenFor(down, 'p1'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The patient’s preparation could not be opened from the record.');
    const before = calls;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toBeGreaterThan(before));
  });
});
