import { getVisitPrepTemplate } from '@sdmkit/content';
import {
  createMemoryStorage,
  createPersistence,
  createVisitPrepStore,
  type VisitPrepInput,
  type VisitPrepTemplate,
} from '@sdmkit/core';
import { createInPageFhir, type InPageFhir } from '@sdmkit/fhir-test-server/in-page';
import {
  fetchFhirClient,
  readVisitPrepRecord,
  type SdmForm,
  type SmartClientLike,
  serverDrafts,
  visitPrepForm,
} from '@sdmkit/smart';
import { Section, type ThemeName } from '@sdmkit/ui';
import { VisitPrep } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '@sdmkit/visit-prep/styles.css';
import { storyToday } from '../visit-prep/shared';
import './portal.css';

/** The demo page's own wording (the widget's comes from its translations). */
const TEXT = {
  en: {
    title: 'Drafts on a FHIR server (demonstration)',
    intro:
      'A made-up portal whose FHIR server runs inside this page (Medplum’s FHIR router, in memory). The patient’s answers are kept on it as a draft: open them on a second device, or make the server fail and see what the patient is told.',
    phone: 'Phone',
    laptop: 'Laptop',
    openLaptop: 'Open the same draft on the laptop',
    prefill: 'Add from my record',
    prefilled: (n: number) => `${n} added from the record`,
    fail: 'Make the server fail the next 3 requests',
    server: 'The server',
    log: 'The last requests it answered',
    none: 'Nothing yet.',
  },
  es: {
    title: 'Borradores en un servidor FHIR (demostración)',
    intro:
      'Un portal inventado cuyo servidor FHIR funciona dentro de esta página (el router FHIR de Medplum, en memoria). Las respuestas del paciente se guardan allí como borrador: ábralas en otro dispositivo, o haga fallar el servidor y vea qué se le dice al paciente.',
    phone: 'Teléfono',
    laptop: 'Portátil',
    openLaptop: 'Abrir el mismo borrador en el portátil',
    prefill: 'Añadir de mi historia clínica',
    prefilled: (n: number) => `${n} añadidos de la historia clínica`,
    fail: 'Hacer fallar el servidor en las próximas 3 peticiones',
    server: 'El servidor',
    log: 'Las últimas peticiones que respondió',
    none: 'Nada todavía.',
  },
  ar: {
    title: 'مسودات على خادم FHIR (عرض توضيحي)',
    intro:
      'بوابة مُتخيَّلة يعمل خادم FHIR الخاص بها داخل هذه الصفحة (موجّه FHIR من Medplum، في الذاكرة). تُحفظ إجابات المريض عليه كمسودة: افتحها على جهاز آخر، أو اجعل الخادم يفشل وشاهد ما يُقال للمريض.',
    phone: 'الهاتف',
    laptop: 'الحاسوب المحمول',
    openLaptop: 'افتح المسودة نفسها على الحاسوب المحمول',
    prefill: 'أضف من سجلي الطبي',
    prefilled: (n: number) => `أُضيف ${n} من السجل`,
    fail: 'اجعل الخادم يفشل في الطلبات الثلاثة التالية',
    server: 'الخادم',
    log: 'آخر الطلبات التي أجاب عنها',
    none: 'لا شيء بعد.',
  },
} as const;
type Locale = keyof typeof TEXT;
const textFor = (locale: string) => TEXT[(locale in TEXT ? locale : 'en') as Locale];

/** The demo patient's record on the in-page server: made-up, marked as such. */
async function seed(fhir: InPageFhir): Promise<string> {
  const tag = [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HTEST' }];
  const patient = await fhir.create({
    resourceType: 'Patient',
    meta: { tag },
    name: [{ family: 'Demo', given: ['Pat'] }],
  });
  const subject = { reference: `Patient/${patient.id}` };
  await fhir.create({
    resourceType: 'MedicationStatement',
    meta: { tag },
    status: 'active',
    subject,
    medicationCodeableConcept: { text: 'Atorvastatin 20 mg tablet' },
    dosage: [{ text: 'Once a day at night' }],
  });
  await fhir.create({
    resourceType: 'AllergyIntolerance',
    meta: { tag },
    patient: subject,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
    },
    code: { text: 'Penicillin' },
  });
  await fhir.create({
    resourceType: 'Condition',
    meta: { tag },
    subject,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] },
    ],
    code: { text: 'High blood pressure' },
  });
  return patient.id;
}

interface Server {
  readonly fhir: InPageFhir;
  readonly client: SmartClientLike;
  readonly patient: string;
}

/** One device: its own storage on the device, its own drafts adapter and store, the same server and patient. */
function Device({
  server,
  template,
  form,
  label,
  locale,
  theme,
  canPrefill,
}: {
  server: Server;
  template: VisitPrepTemplate;
  form: SdmForm<VisitPrepInput>;
  label: string;
  locale: string;
  theme: ThemeName;
  canPrefill: boolean;
}) {
  const text = textFor(locale);
  const [store] = useState(() =>
    createVisitPrepStore(template, {
      persist: createPersistence({
        storage: serverDrafts({
          client: server.client,
          form,
          subject: { reference: `Patient/${server.patient}` },
          local: createMemoryStorage(),
          debounceMs: 400,
        }),
      }),
    }),
  );
  const [added, setAdded] = useState<number | null>(null);
  const prefill = async () => {
    const { record } = await readVisitPrepRecord(server.client, { patient: server.patient, visitLanguage: locale });
    setAdded(store.getState().actions.addFromRecord(record));
  };
  return (
    // The panel's heading is an h2 under the page's h1, and the widget's own headings one level below.
    <Section className="portal__panel" heading={label} headingProps={{ className: 'portal__device' }}>
      {canPrefill ? (
        <p className="portal__actions">
          <button type="button" onClick={() => void prefill()}>
            {text.prefill}
          </button>{' '}
          {/* In the page from the start, so that screen readers hear what is put in it. */}
          <span role="status">{added !== null ? text.prefilled(added) : ''}</span>
        </p>
      ) : null}
      <VisitPrep content={template} store={store} today={storyToday} locale={locale} theme={theme} />
    </Section>
  );
}

function ServerDraftsDemo({ locale, theme }: { locale: string; theme: ThemeName }) {
  const text = textFor(locale);
  const headingId = useId();
  const [server, setServer] = useState<Server | null>(null);
  // The story remounts for another locale (its key), so the template and form are made once.
  const [template] = useState(() => getVisitPrepTemplate('newSymptom', locale));
  const [form] = useState(() => visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' }));
  const [laptop, setLaptop] = useState(false);
  const [log, setLog] = useState<readonly string[]>([]);

  useEffect(() => {
    const fhir = createInPageFhir();
    // The resource type only: ids are made up on each load.
    const stop = fhir.onRequest((r) =>
      setLog((l) => [...l.slice(-7), `${r.method} /${r.path.split('/')[1] ?? ''} → ${r.status}`]),
    );
    let live = true;
    void seed(fhir).then((patient) => {
      if (live) setServer({ fhir, patient, client: fetchFhirClient({ serverUrl: fhir.serverUrl, fetch: fhir.fetch }) });
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  return (
    <main className="portal" aria-labelledby={headingId} lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <header className="portal__header">
        <h1 id={headingId}>{text.title}</h1>
        <p>{text.intro}</p>
      </header>
      {server ? (
        <>
          <Device
            server={server}
            template={template}
            form={form}
            label={text.phone}
            locale={locale}
            theme={theme}
            canPrefill
          />
          {laptop ? (
            <Device
              server={server}
              template={template}
              form={form}
              label={text.laptop}
              locale={locale}
              theme={theme}
              canPrefill={false}
            />
          ) : (
            <p className="portal__actions">
              <button type="button" onClick={() => setLaptop(true)}>
                {text.openLaptop}
              </button>
            </p>
          )}
          <section className="portal__panel" aria-label={text.server}>
            <h2 className="portal__device">{text.server}</h2>
            <p className="portal__actions">
              <button type="button" onClick={() => server.fhir.failNext(503, 3)}>
                {text.fail}
              </button>
            </p>
            <details className="portal__actions">
              <summary>{text.log}</summary>
              {log.length > 0 ? (
                <ol className="portal__log" dir="ltr">
                  {log.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a log, only ever appended to
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              ) : (
                <p>{text.none}</p>
              )}
            </details>
          </section>
        </>
      ) : null}
    </main>
  );
}

/** The patient's side of the loop over FHIR (`@sdmkit/smart`), against a FHIR server inside the page. */
const meta = {
  title: 'Portal/Drafts on a FHIR server',
  component: ServerDraftsDemo,
  parameters: { layout: 'fullscreen' },
  args: { locale: 'en', theme: 'default' },
  argTypes: { locale: { table: { disable: true } }, theme: { table: { disable: true } } },
  render: (_args, { globals }) => (
    <ServerDraftsDemo key={globals.locale} locale={globals.locale} theme={globals.theme} />
  ),
} satisfies Meta<typeof ServerDraftsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The phone types a reason and adds the record's medicines and allergies; the draft goes to the server; the laptop
 * opens the same draft.
 */
export const TwoDevices: Story = {
  play: async ({ canvasElement, globals }) => {
    if (globals.locale !== 'en') return; // the script below reads the English labels
    const canvas = within(canvasElement);
    const phone = await canvas.findByRole('region', { name: 'Phone' });
    await userEvent.type(within(phone).getByRole('textbox', { name: /reason/i }), 'Chest tightness on stairs');
    await userEvent.click(within(phone).getByRole('button', { name: 'Add from my record' }));
    await within(phone).findByText('3 added from the record');
    await waitFor(() => expect(phone.querySelector('.sdm-SaveStatus')).toHaveTextContent('Saved and sent'), {
      timeout: 5000,
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Open the same draft on the laptop' }));
    const laptop = await canvas.findByRole('region', { name: 'Laptop' });
    await waitFor(() =>
      expect(within(laptop).getByRole('textbox', { name: /reason/i })).toHaveValue('Chest tightness on stairs'),
    );
  },
};
