// A patient portal page for the end-to-end test of @sdmkit/smart (packages/e2e/test/smart-portal.e2e.test.ts): the
// visit-prep widget with its drafts kept on the FHIR server the test started, prefilled from the record when the URL
// asks for it. Built with Vite by the test; the test drives it by keyboard and reads `window.sdmPortal`.
import { newSymptomTemplates } from '@sdmkit/content';
import { createPersistence, createVisitPrepStore } from '@sdmkit/core';
import { fetchFhirClient, readVisitPrepRecord, serverDrafts, submitResponse, visitPrepForm } from '@sdmkit/smart';
import { VisitPrep } from '@sdmkit/visit-prep';
import '@sdmkit/ui/styles.css';
import '@sdmkit/visit-prep/styles.css';
import { createRoot } from 'react-dom/client';

const params = new URLSearchParams(window.location.search);
const serverUrl = params.get('server') ?? '';
const patient = params.get('patient') ?? '';
const template = newSymptomTemplates.en;
const subject = { reference: `Patient/${patient}` };
const client = fetchFhirClient({ serverUrl });
const form = visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' });
const drafts = serverDrafts({ client, form, subject, local: () => window.localStorage, debounceMs: 200 });
const store = createVisitPrepStore(template, { persist: createPersistence({ storage: drafts }) });

const portal = {
  store,
  drafts,
  /** How many rows the record added (after the saved draft was read), or -1 before. */
  prefilled: -1,
  submit: () =>
    submitResponse({
      client,
      form,
      input: store.getState().input,
      subject,
      author: subject,
      drafts,
      document: { text: `Reason for the visit: ${store.getState().input.reason}`, title: 'Visit preparation' },
    }),
};
(window as unknown as { sdmPortal: typeof portal }).sdmPortal = portal;

const root = document.getElementById('root');
if (root) createRoot(root).render(<VisitPrep content={template} store={store} />);

if (params.has('prefill')) {
  // The record is added once the saved draft was read, so that it is merged with it, never written over.
  const whenReady = new Promise<void>((resolve) => {
    if (store.getState().persistence.status === 'ready') resolve();
    const stop = store.subscribe((s) => {
      if (s.persistence.status === 'ready') {
        stop();
        resolve();
      }
    });
  });
  void Promise.all([whenReady, readVisitPrepRecord(client, { patient, visitLanguage: template.locale })]).then(
    ([, { record }]) => {
      portal.prefilled = store.getState().actions.addFromRecord(record);
    },
  );
}
