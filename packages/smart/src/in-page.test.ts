import { newSymptomTemplates } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, createVisitPrepStore } from '@sdmkit/core';
import type { DocumentReference, QuestionnaireResponse } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient } from './client.js';
import { serverDrafts } from './drafts.js';
import { visitPrepForm } from './forms.js';
import { submitResponse } from './submit.js';

// The in-page FHIR server (the same Medplum router, reached through a fetch function) that the Storybook demo runs:
// the loop works against it as against the HTTP server, with no network request.
type InPage = typeof import('@sdmkit/fhir-test-server/in-page');
let inPage: InPage;

beforeAll(async () => {
  // @medplum/core refers to a global WebSocket when it loads; Node 20 has none (browsers do).
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  inPage = await import('@sdmkit/fhir-test-server/in-page');
});

describe('the in-page FHIR server', () => {
  it('keeps drafts with version checks, resumes them on a second device, and takes a submission', async () => {
    const fhir = inPage.createInPageFhir();
    const requests: number[] = [];
    fhir.onRequest((r) => requests.push(r.status));
    const client = fetchFhirClient({ serverUrl: fhir.serverUrl, fetch: fhir.fetch });
    const template = newSymptomTemplates.en;
    const form = visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' });
    const patient = await fhir.create({ resourceType: 'Patient', name: [{ family: 'Demo' }] });
    const subject = { reference: `Patient/${patient.id}` };
    const device = async () => {
      const drafts = serverDrafts({ client, form, subject, local: createMemoryStorage(), debounceMs: 5 });
      const store = createVisitPrepStore(template, { persist: createPersistence({ storage: drafts }) });
      await store.hydrate();
      return { drafts, store };
    };
    const a = await device();
    a.store.getState().actions.setReason('Headaches');
    await a.store.flush();
    await a.drafts.sendNow();
    const b = await device();
    expect(b.store.getState().input.reason).toBe('Headaches');
    b.store.getState().actions.setReason('Headaches every morning');
    await b.store.flush();
    await b.drafts.sendNow();
    a.store.getState().actions.addConcern('Is it my eyes?');
    await a.store.flush();
    await a.drafts.sendNow();
    await a.store.flush();
    await a.drafts.sendNow();
    expect(requests).toContain(412);
    expect(a.store.getState().input).toMatchObject({ reason: 'Headaches every morning' });
    await submitResponse({
      client,
      form,
      input: a.store.getState().input,
      subject,
      drafts: a.drafts,
      document: { text: 'Reason: headaches every morning', title: 'Visit preparation' },
    });
    const [stored] = await fhir.all<QuestionnaireResponse>('QuestionnaireResponse');
    expect(stored?.status).toBe('completed');
    expect(form.read(stored).value).toMatchObject({ reason: 'Headaches every morning' });
    expect(await fhir.all<DocumentReference>('DocumentReference')).toHaveLength(1);
    a.drafts.destroy();
    b.drafts.destroy();
  });

  it('answers only its own URL', async () => {
    const fhir = inPage.createInPageFhir();
    await expect(fhir.fetch('https://example.org/fhir/Patient')).rejects.toThrow(TypeError);
  });
});
