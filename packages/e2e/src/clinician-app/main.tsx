// Two pages for the end-to-end test of @sdmkit/clinician (packages/e2e/test/clinician.e2e.test.ts), built with Vite
// by the test, against the FHIR server the test started. `?role=clinician` is the EHR's page: the clinician's
// screen for the patient, in `?locale=` (en or ar). `?role=patient` is the patient's device: it submits what the
// patient prepared (`sdmPatient.submit()`) and later adds a question from the phone (`sdmPatient.addQuestion()`),
// through @sdmkit/smart as a portal does. The test drives the clinician's page by keyboard.
import { ClinicianScreen } from '@sdmkit/clinician';
import { clinicianAr } from '@sdmkit/clinician/locales/ar';
import {
  newSymptomTemplates,
  pickedQuestionListInput,
  prostateTreatmentEn,
  sampleVisitPrepInput,
  visitQuestionsEn,
} from '@sdmkit/content';
import type { DecisionAidInput } from '@sdmkit/core';
import {
  decisionAidForm,
  fetchFhirClient,
  findResponses,
  questionListForm,
  type SdmForm,
  saveResponse,
  submitResponse,
  visitPrepForm,
} from '@sdmkit/smart';
import '@sdmkit/ui/styles.css';
import '@sdmkit/clinician/styles.css';
import '@sdmkit/decision-aid/styles.css';
import '@sdmkit/question-list/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);
const serverUrl = params.get('server') ?? '';
const patient = params.get('patient') ?? '';
const locale = params.get('locale') ?? 'en';
const canonicalBase = 'https://portal.example.org/fhir';
const client = fetchFhirClient({ serverUrl });
const subject = { reference: `Patient/${patient}` };
const template = newSymptomTemplates.en;
const doc = prostateTreatmentEn;
const list = visitQuestionsEn;

/** What the patient prepared (the published example: localised prostate cancer, ProtecT, Hamdy et al. 2016). */
const decision: DecisionAidInput = {
  ratings: { 'avoid-side-effects': 4, 'lower-spread': 3, 'no-operation': 2 },
  ownConcerns: [{ id: 'own-1', text: 'Being able to keep working nights', rating: 3, optionIds: [] }],
  knowledge: {},
  sure: { sure: false, understand: true, riskBenefit: true, encouragement: true },
  leaning: 'monitoring',
  riskProfileId: null,
  completedAt: null,
};

const patientDevice = {
  /** Submits the visit preparation, the decision aid and the question list, as the portal does on Finish. */
  async submit() {
    const submit = <I,>(form: SdmForm<I>, input: I, title: string) =>
      submitResponse({ client, form, input, subject, author: subject, document: { text: title, title } });
    await submit(visitPrepForm(template, { canonicalBase }), { ...sampleVisitPrepInput, step: 'agenda' }, 'Visit');
    await submit(decisionAidForm(doc, { canonicalBase }), decision, 'Decision');
    await submit(
      questionListForm(list, { canonicalBase }),
      pickedQuestionListInput('ask3-options', 'ask3-benefits-harms', 'ask3-how-likely'),
      'Questions',
    );
  },
  /** The patient adds a question to the submitted list from their phone (a new version of the same response). */
  async addQuestion(text: string) {
    const form = questionListForm(list, { canonicalBase });
    const [current] = await findResponses(client, { form, patient });
    if (!current?.id || !current.versionId || !current.read.ok) throw new Error('No question list to add to');
    const input = current.read.value;
    await saveResponse(client, {
      form,
      response: { id: current.id, versionId: current.versionId },
      input: {
        ...input,
        items: [...input.items, { key: 'own:phone', source: 'own', text, status: 'open', note: '', followUp: false }],
      },
      status: 'completed',
      subject,
      author: subject,
    });
  },
};
(window as unknown as { sdmPatient: typeof patientDevice }).sdmPatient = patientDevice;

const root = document.getElementById('root');
if (root && params.get('role') === 'clinician') {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  createRoot(root).render(
    <ClinicianScreen
      client={client}
      patient={patient}
      canonicalBase={canonicalBase}
      visitPrep={template}
      decisionAid={doc}
      questionList={list}
      author={{ reference: 'Practitioner/dr-demo' }}
      locale={locale}
      translations={[clinicianAr]}
    />,
  );
}
