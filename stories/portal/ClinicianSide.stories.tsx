import { getVisitPrepTemplate, sampleVisitPrepInput } from '@sdmkit/content';
import {
  type DecisionAidInput,
  decisionAidHandoff,
  type QuestionListInput,
  questionListHandoff,
  type VisitPrepInput,
} from '@sdmkit/core';
import { DecisionAid } from '@sdmkit/decision-aid';
import { createInPageFhir } from '@sdmkit/fhir-test-server/in-page';
import { QuestionList } from '@sdmkit/question-list';
import {
  decisionAidForm,
  documentDecision,
  fetchFhirClient,
  findResponses,
  type PatientResponse,
  questionListForm,
  type SdmForm,
  type SmartClientLike,
  saveResponse,
  submitResponse,
  visitPrepForm,
} from '@sdmkit/smart';
import type { ThemeName } from '@sdmkit/ui';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/question-list/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { docFor, TREATMENT } from '../decision-aid/Frame';
import { listFor, picked } from '../question-list/shared';
import { storyToday } from '../visit-prep/shared';
import { portalTextFor } from './portal-links';
import './portal.css';

/** The demo page's own wording (the widgets' comes from their translations). */
const TEXT = {
  en: {
    title: 'The clinician’s side (demonstration)',
    intro:
      'A made-up patient prepared for the visit in the portal; the clinician opens it from the record (a FHIR server inside this page), walks through it with the patient, notes the answers and records the decision. The patient sees the answers afterwards.',
    clinician: 'Clinician’s screen',
    patient: 'Patient’s portal',
    agenda: 'The patient’s agenda',
    decision: 'The decision, on a shared screen',
    questions: 'The patient’s questions',
    save: 'Save the answers to the record',
    saved: 'Saved to the record.',
    conflict: 'Not saved: the patient changed the questions since you opened them. Open them again to see both.',
    reopen: 'Open them again',
    record: 'Record the shared decision',
    recorded: 'The decision note is in the record.',
    phoneQuestion: 'Add a question from the patient’s phone',
    phoneText: 'Can my wife come to the next visit?',
    refresh: 'See what the care team noted',
    notYet: 'Nothing noted yet.',
    noteTitle: 'Shared decision',
    noteDecided: 'Decision: not decided yet; next step: talk again at the next visit.',
  },
  es: {
    title: 'El lado del profesional (demostración)',
    intro:
      'Un paciente inventado se preparó para la consulta en el portal; el profesional lo abre desde la historia clínica (un servidor FHIR dentro de esta página), lo repasa con el paciente, anota las respuestas y registra la decisión. El paciente ve las respuestas después.',
    clinician: 'Pantalla del profesional',
    patient: 'Portal del paciente',
    agenda: 'La agenda del paciente',
    decision: 'La decisión, en una pantalla compartida',
    questions: 'Las preguntas del paciente',
    save: 'Guardar las respuestas en la historia clínica',
    saved: 'Guardado en la historia clínica.',
    conflict:
      'No se guardó: el paciente cambió las preguntas desde que las abrió. Ábralas de nuevo para ver ambas versiones.',
    reopen: 'Abrirlas de nuevo',
    record: 'Registrar la decisión compartida',
    recorded: 'La nota de la decisión está en la historia clínica.',
    phoneQuestion: 'Añadir una pregunta desde el teléfono del paciente',
    phoneText: '¿Puede venir mi esposa a la próxima consulta?',
    refresh: 'Ver lo que anotó el equipo de salud',
    notYet: 'Nada anotado todavía.',
    noteTitle: 'Decisión compartida',
    noteDecided: 'Decisión: aún no decidida; siguiente paso: hablar de nuevo en la próxima consulta.',
  },
  ar: {
    title: 'جانب الطبيب (عرض توضيحي)',
    intro:
      'مريض مُتخيَّل استعد للزيارة في البوابة؛ يفتحها الطبيب من السجل (خادم FHIR داخل هذه الصفحة)، ويراجعها مع المريض، ويدوّن الإجابات ويسجّل القرار. يرى المريض الإجابات بعد ذلك.',
    clinician: 'شاشة الطبيب',
    patient: 'بوابة المريض',
    agenda: 'جدول أعمال المريض',
    decision: 'القرار، على شاشة مشتركة',
    questions: 'أسئلة المريض',
    save: 'احفظ الإجابات في السجل',
    saved: 'حُفظت في السجل.',
    conflict: 'لم تُحفظ: غيّر المريض الأسئلة منذ أن فتحتها. افتحها مرة أخرى لترى الاثنين.',
    reopen: 'افتحها مرة أخرى',
    record: 'سجّل القرار المشترك',
    recorded: 'ملاحظة القرار موجودة في السجل.',
    phoneQuestion: 'أضف سؤالًا من هاتف المريض',
    phoneText: 'هل يمكن أن تأتي زوجتي إلى الزيارة القادمة؟',
    refresh: 'اطّلع على ما دوّنه فريق الرعاية',
    notYet: 'لم يُدوَّن شيء بعد.',
    noteTitle: 'قرار مشترك',
    noteDecided: 'القرار: لم يُتخذ بعد؛ الخطوة التالية: الحديث مرة أخرى في الزيارة القادمة.',
  },
} as const;
type Locale = keyof typeof TEXT;
const textFor = (locale: string) => TEXT[(locale in TEXT ? locale : 'en') as Locale];

/** Where the demo patient left off in the portal (as in Portal/Portal demo). */
const patientDecision: DecisionAidInput = {
  ratings: { 'avoid-side-effects': 4, 'lower-spread': 3, 'no-operation': 2 },
  ownConcerns: [],
  knowledge: {},
  sure: { sure: false, understand: true, riskBenefit: true, encouragement: false },
  leaning: 'monitoring',
  riskProfileId: null,
  completedAt: null,
};
const patientQuestions: QuestionListInput = picked('ask3-options', 'ask3-benefits-harms', 'ask3-how-likely');

interface Loaded {
  readonly visit: PatientResponse<VisitPrepInput> | undefined;
  readonly decision: PatientResponse<DecisionAidInput> | undefined;
  readonly questions: PatientResponse<QuestionListInput> | undefined;
}

function ClinicianSide({ locale, theme }: { locale: string; theme: ThemeName }) {
  const text = textFor(locale);
  const links = portalTextFor(locale);
  const headingId = useId();
  const doc = useMemo(() => docFor(TREATMENT, locale), [locale]);
  const list = useMemo(() => listFor(locale), [locale]);
  const template = useMemo(() => getVisitPrepTemplate('newSymptom', locale), [locale]);
  const forms = useMemo(() => {
    const canonicalBase = 'https://portal.example.org/fhir';
    return {
      visit: visitPrepForm(template, { canonicalBase }),
      decision: decisionAidForm(doc, { canonicalBase }),
      questions: questionListForm(list, { canonicalBase }),
    };
  }, [template, doc, list]);
  const [server, setServer] = useState<{ client: SmartClientLike; patient: string } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [notes, setNotes] = useState<QuestionListInput | null>(null);
  const [said, setSaid] = useState('');
  const [conflict, setConflict] = useState(false);
  const [patientView, setPatientView] = useState<QuestionListInput | null>(null);

  // The patient prepared in the portal and submitted: three responses on the in-page server.
  useEffect(() => {
    const fhir = createInPageFhir();
    const client = fetchFhirClient({ serverUrl: fhir.serverUrl, fetch: fhir.fetch });
    let live = true;
    void (async () => {
      const patient = await fhir.create({ resourceType: 'Patient', name: [{ family: 'Demo' }] });
      const subject = { reference: `Patient/${patient.id}` };
      const submit = <I,>(form: SdmForm<I>, input: I, title: string) =>
        submitResponse({ client, form, input, subject, document: { text: title, title } });
      await submit(forms.visit, { ...sampleVisitPrepInput, step: 'agenda' }, template.title);
      await submit(forms.decision, patientDecision, doc.meta.title);
      await submit(forms.questions, patientQuestions, list.title);
      if (live) setServer({ client, patient: patient.id });
    })();
    return () => {
      live = false;
    };
  }, [forms, template, doc, list]);

  const open = useCallback(async () => {
    if (!server) return;
    const find = <I,>(form: SdmForm<I>) =>
      findResponses(server.client, { form, patient: server.patient }).then((found) => found[0]);
    const next = {
      visit: await find(forms.visit),
      decision: await find(forms.decision),
      questions: await find(forms.questions),
    };
    setLoaded(next);
    setNotes(next.questions?.read.value ?? null);
    setConflict(false);
  }, [server, forms]);
  useEffect(() => {
    void open();
  }, [open]);

  const decisionInput = loaded?.decision?.read.value;
  const questionsInput = loaded?.questions?.read.value;
  const fromDecision = useMemo(
    () => (decisionInput ? decisionAidHandoff(doc, decisionInput, links.decisionAid) : null),
    [doc, decisionInput, links],
  );
  const fromList = useMemo(
    () => (questionsInput ? questionListHandoff(list, questionsInput, links.questionList) : null),
    [list, questionsInput, links],
  );
  const additions = [fromDecision?.addition ?? null, fromList].filter((a) => a !== null);

  const save = async () => {
    const response = loaded?.questions;
    if (!server || !response?.id || !response.versionId || !notes) return;
    try {
      await saveResponse(server.client, {
        form: forms.questions,
        response: { id: response.id, versionId: response.versionId },
        input: notes,
        status: 'completed',
        subject: { reference: `Patient/${server.patient}` },
        author: { reference: 'Practitioner/demo' },
      });
      setSaid(text.saved);
      await open();
    } catch (error) {
      if ((error as { code?: string }).code === 'conflict') setConflict(true);
      else throw error;
    }
  };
  const record = async () => {
    if (!server || !loaded) return;
    const lines = additions.flatMap((a) => [a.heading, ...a.items]);
    await documentDecision(server.client, {
      subject: { reference: `Patient/${server.patient}` },
      author: { reference: 'Practitioner/demo' },
      document: { text: [...lines, text.noteDecided].join('\n'), title: text.noteTitle, language: locale },
      related: [loaded.visit, loaded.decision, loaded.questions].flatMap((r) =>
        r?.id ? [{ reference: `QuestionnaireResponse/${r.id}` }] : [],
      ),
    });
    setSaid(text.recorded);
  };
  const phoneEdit = async () => {
    const response = loaded?.questions;
    if (!server || !response?.id || !questionsInput) return;
    const [current] = await findResponses(server.client, { form: forms.questions, patient: server.patient });
    if (!current?.id || !current.versionId || !current.read.value) return;
    const own = current.read.value.items.filter((i) => i.source === 'own').length;
    await saveResponse(server.client, {
      form: forms.questions,
      response: { id: current.id, versionId: current.versionId },
      input: {
        ...current.read.value,
        items: [
          ...current.read.value.items,
          { key: `own:${own + 1}`, source: 'own', text: text.phoneText, status: 'open', note: '', followUp: false },
        ],
      },
      status: 'completed',
      subject: { reference: `Patient/${server.patient}` },
    });
  };
  const refreshPatient = async () => {
    if (!server) return;
    const [latest] = await findResponses(server.client, { form: forms.questions, patient: server.patient });
    setPatientView(latest?.read.value ?? null);
  };

  return (
    <main className="portal" aria-labelledby={headingId} lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <header className="portal__header">
        <h1 id={headingId}>{text.title}</h1>
        <p>{text.intro}</p>
      </header>
      <section className="portal__panel" aria-label={text.clinician}>
        <h2 className="portal__device">{text.clinician}</h2>
        <p className="portal__actions" role="status">
          {said}
        </p>
        {loaded?.visit?.read.value ? (
          <section aria-label={text.agenda}>
            <VisitPrep
              key={`visit-${loaded.visit.versionId}`}
              content={template}
              defaultValue={{ ...loaded.visit.read.value, step: 'agenda' }}
              agendaAdditions={additions}
              compactAgenda
              today={storyToday}
              locale={locale}
              theme={theme}
            />
          </section>
        ) : null}
        {decisionInput ? (
          <section aria-label={text.decision}>
            <DecisionAid
              key={`decision-${loaded?.decision?.versionId}`}
              content={doc}
              defaultValue={decisionInput}
              mode="encounter"
              locale={locale}
              theme={theme}
            />
          </section>
        ) : null}
        {questionsInput ? (
          <section aria-label={text.questions}>
            <QuestionList
              key={`questions-${loaded?.questions?.versionId}`}
              content={list}
              defaultValue={questionsInput}
              defaultMode="visit"
              onValueChange={setNotes}
              locale={locale}
              theme={theme}
            />
            <p className="portal__actions">
              <button type="button" onClick={() => void save()}>
                {text.save}
              </button>{' '}
              <button type="button" onClick={() => void record()}>
                {text.record}
              </button>
            </p>
            {conflict ? (
              <p className="portal__actions">
                {text.conflict}{' '}
                <button type="button" onClick={() => void open()}>
                  {text.reopen}
                </button>
              </p>
            ) : null}
          </section>
        ) : null}
      </section>
      <section className="portal__panel" aria-label={text.patient}>
        <h2 className="portal__device">{text.patient}</h2>
        <p className="portal__actions">
          <button type="button" onClick={() => void phoneEdit()}>
            {text.phoneQuestion}
          </button>{' '}
          <button type="button" onClick={() => void refreshPatient()}>
            {text.refresh}
          </button>
        </p>
        {patientView ? (
          <QuestionList
            key={JSON.stringify(patientView.items.map((i) => [i.key, i.status, i.note]))}
            content={list}
            defaultValue={patientView}
            defaultMode="summary"
            locale={locale}
            theme={theme}
          />
        ) : (
          <p className="portal__actions">{text.notYet}</p>
        )}
      </section>
    </main>
  );
}

/** The clinician's side of the loop over FHIR (`@sdmkit/smart`), next to the patient's portal, one in-page server. */
const meta = {
  title: 'Portal/The clinician’s side',
  component: ClinicianSide,
  parameters: { layout: 'fullscreen' },
  args: { locale: 'en', theme: 'default' },
  argTypes: { locale: { table: { disable: true } }, theme: { table: { disable: true } } },
  render: (_args, { globals }) => <ClinicianSide key={globals.locale} locale={globals.locale} theme={globals.theme} />,
} satisfies Meta<typeof ClinicianSide>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The clinician opens the patient's agenda, decision and questions from the record, notes an answer and saves it; the
 * patient then sees the answer in the portal.
 */
export const OpenNoteAndShare: Story = {
  play: async ({ canvasElement, globals }) => {
    if (globals.locale !== 'en') return; // the script below reads the English labels
    const canvas = within(canvasElement);
    const clinician = await canvas.findByRole('region', { name: 'Clinician’s screen' }, { timeout: 10_000 });
    await within(clinician).findByRole('region', { name: 'The patient’s questions' }, { timeout: 10_000 });
    await expect(within(clinician).getByText('Leaning towards: Active monitoring')).toBeInTheDocument();
    const answered = within(clinician).getAllByRole('button', { name: 'Answered' })[0] as HTMLElement;
    await userEvent.click(answered);
    await userEvent.click(within(clinician).getByRole('button', { name: 'Save the answers to the record' }));
    await within(clinician).findByText('Saved to the record.');
    const patient = canvas.getByRole('region', { name: 'Patient’s portal' });
    await userEvent.click(within(patient).getByRole('button', { name: 'See what the care team noted' }));
    await waitFor(() => expect(within(patient).queryByText('Nothing noted yet.')).toBeNull());
  },
};
