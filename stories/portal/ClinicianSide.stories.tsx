import { ClinicianScreen } from '@sdmkit/clinician';
import { clinicianAr } from '@sdmkit/clinician/locales/ar';
import { clinicianEs } from '@sdmkit/clinician/locales/es';
import { getVisitPrepTemplate, sampleVisitPrepInput } from '@sdmkit/content';
import type { DecisionAidInput, QuestionListInput } from '@sdmkit/core';
import { createInPageFhir } from '@sdmkit/fhir-test-server/in-page';
import { QuestionList } from '@sdmkit/question-list';
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
import { Section, type ThemeName } from '@sdmkit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useId, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@sdmkit/clinician/styles.css';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/question-list/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { docFor, TREATMENT } from '../decision-aid/Frame';
import { listFor, picked } from '../question-list/shared';
import { storyToday } from '../visit-prep/shared';
import './portal.css';

const CANONICAL_BASE = 'https://portal.example.org/fhir';
const CLINICIAN_TRANSLATIONS = [clinicianEs, clinicianAr];

/** The demo page's own wording (the widgets' comes from their translations). */
const TEXT = {
  en: {
    title: 'The clinician’s side (demonstration)',
    intro:
      'A made-up patient prepared for the visit in the portal; the clinician opens it from the record (a FHIR server inside this page), walks through it with the patient, notes the answers and records the decision. The patient sees the answers afterwards.',
    clinician: 'Clinician’s screen',
    patient: 'Patient’s portal',
    phoneQuestion: 'Add a question from the patient’s phone',
    phoneText: 'Can my wife come to the next visit?',
    refresh: 'See what the care team noted',
    notYet: 'Nothing noted yet.',
  },
  es: {
    title: 'El lado del profesional (demostración)',
    intro:
      'Un paciente inventado se preparó para la consulta en el portal; el profesional lo abre desde la historia clínica (un servidor FHIR dentro de esta página), lo repasa con el paciente, anota las respuestas y registra la decisión. El paciente ve las respuestas después.',
    clinician: 'Pantalla del profesional',
    patient: 'Portal del paciente',
    phoneQuestion: 'Añadir una pregunta desde el teléfono del paciente',
    phoneText: '¿Puede venir mi esposa a la próxima consulta?',
    refresh: 'Ver lo que anotó el equipo de salud',
    notYet: 'Nada anotado todavía.',
  },
  ar: {
    title: 'جانب الطبيب (عرض توضيحي)',
    intro:
      'مريض مُتخيَّل استعد للزيارة في البوابة؛ يفتحها الطبيب من السجل (خادم FHIR داخل هذه الصفحة)، ويراجعها مع المريض، ويدوّن الإجابات ويسجّل القرار. يرى المريض الإجابات بعد ذلك.',
    clinician: 'شاشة الطبيب',
    patient: 'بوابة المريض',
    phoneQuestion: 'أضف سؤالًا من هاتف المريض',
    phoneText: 'هل يمكن أن تأتي زوجتي إلى الزيارة القادمة؟',
    refresh: 'اطّلع على ما دوّنه فريق الرعاية',
    notYet: 'لم يُدوَّن شيء بعد.',
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

function ClinicianSide({ locale, theme }: { locale: string; theme: ThemeName }) {
  const text = textFor(locale);
  const headingId = useId();
  const doc = useMemo(() => docFor(TREATMENT, locale), [locale]);
  const list = useMemo(() => listFor(locale), [locale]);
  const template = useMemo(() => getVisitPrepTemplate('newSymptom', locale), [locale]);
  const forms = useMemo(
    () => ({
      visit: visitPrepForm(template, { canonicalBase: CANONICAL_BASE }),
      decision: decisionAidForm(doc, { canonicalBase: CANONICAL_BASE }),
      questions: questionListForm(list, { canonicalBase: CANONICAL_BASE }),
    }),
    [template, doc, list],
  );
  const [server, setServer] = useState<{ client: SmartClientLike; patient: string } | null>(null);
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

  const phoneEdit = async () => {
    if (!server) return;
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
      {/* The panels' headings are h2 under the page's h1, and each widget's own headings one level below. */}
      <Section className="portal__panel" heading={text.clinician} headingProps={{ className: 'portal__device' }}>
        {server ? (
          <ClinicianScreen
            client={server.client}
            patient={server.patient}
            canonicalBase={CANONICAL_BASE}
            visitPrep={template}
            decisionAid={doc}
            questionList={list}
            author={{ reference: 'Practitioner/demo' }}
            today={storyToday}
            locale={locale}
            translations={CLINICIAN_TRANSLATIONS}
            theme={theme}
          />
        ) : null}
      </Section>
      <Section className="portal__panel" heading={text.patient} headingProps={{ className: 'portal__device' }}>
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
      </Section>
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
