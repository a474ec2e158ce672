import { newSymptomTemplates } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, createVisitPrepStore } from '@sdmkit/core';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { DocumentReference, QuestionnaireResponse } from 'fhir/r4';
import smart from 'fhirclient/lib/entry/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient, type SmartClientLike } from './client.js';
import { serverDrafts } from './drafts.js';
import { visitPrepForm } from './forms.js';
import { submitResponse } from './submit.js';

const template = newSymptomTemplates.en;
const form = visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' });
let server: FhirTestServer;

beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

/** SMART's own JavaScript client (fhirclient), as a portal gets it after a launch, here without sign-in. */
function fhirclient(serverUrl: string): SmartClientLike {
  const api = smart({ headers: {}, url: '/' } as never, {} as never);
  return api.client({ serverUrl }) as unknown as SmartClientLike;
}

const AGENDA = 'Reason: chest pain <b>on stairs</b>\nالأسئلة: هل أحتاج إلى فحص؟\nTop concern: "sleep" & breathing';

function decoded(doc: DocumentReference): string {
  const data = doc.content[0]?.attachment.data ?? '';
  return new TextDecoder().decode(Uint8Array.from(atob(data), (c) => c.charCodeAt(0)));
}

describe('submitting the finished answers', () => {
  for (const [name, client] of [
    ['fhirclient (SMART’s own client)', () => fhirclient(server.baseUrl)],
    ['fetchFhirClient', () => fetchFhirClient({ serverUrl: server.baseUrl })],
  ] as const) {
    it(`turns the draft into the completed response and adds the plain-text note, in one transaction (${name})`, async () => {
      const patient = `Patient/submit-${name.length}-${Date.now()}`;
      const encounter = { reference: 'Encounter/visit-1' };
      const drafts = serverDrafts({
        client: client(),
        form,
        subject: { reference: patient },
        local: createMemoryStorage(),
        debounceMs: 5,
      });
      const store = createVisitPrepStore(template, { persist: createPersistence({ storage: drafts }) });
      await store.hydrate();
      store.getState().actions.setReason('Chest pain on stairs');
      await store.flush();
      await drafts.sendNow();
      const draft = drafts.draft();
      expect(draft).not.toBeNull();

      const result = await submitResponse({
        client: client(),
        form,
        input: store.getState().input,
        subject: { reference: patient },
        author: { reference: patient },
        encounter,
        document: { text: AGENDA, title: 'Visit preparation', language: 'en' },
        drafts,
      });
      expect(result.response.id).toBe(draft?.id);

      const responses = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).filter(
        (r) => r.subject?.reference === patient,
      );
      expect(responses).toHaveLength(1);
      expect(responses[0]).toMatchObject({ status: 'completed', encounter });
      expect(form.read(responses[0]).value?.reason).toBe('Chest pain on stairs');
      const doc = (await server.all<DocumentReference>('DocumentReference')).find((d) => d.id === result.document.id);
      expect(doc).toBeDefined();
      if (!doc) return;
      expect(server.validate(doc)).toEqual([]);
      expect(doc.content[0]?.attachment.contentType).toBe('text/plain; charset=utf-8');
      expect(decoded(doc)).toBe(AGENDA);
      expect(doc.context?.related?.[0]?.reference).toBe(`QuestionnaireResponse/${draft?.id}`);
      expect(doc.context?.encounter).toEqual([encounter]);
      expect(doc.subject?.reference).toBe(patient);
      // The draft was handed over: the next change starts a new one.
      expect(drafts.draft()).toBeNull();
      drafts.destroy();
    });
  }

  it('stores neither when the draft changed on another device first (412), and says conflict', async () => {
    const patient = `Patient/submit-conflict-${Date.now()}`;
    const local = createMemoryStorage();
    const drafts = serverDrafts({
      client: fetchFhirClient({ serverUrl: server.baseUrl }),
      form,
      subject: { reference: patient },
      local,
      debounceMs: 5,
    });
    const store = createVisitPrepStore(template, { persist: createPersistence({ storage: drafts }) });
    await store.hydrate();
    store.getState().actions.setReason('Tired all the time');
    await store.flush();
    await drafts.sendNow();
    const draft = drafts.draft();
    // Another device updates the draft meanwhile.
    const current = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).find((r) => r.id === draft?.id);
    const other = await fetch(`${server.baseUrl}/QuestionnaireResponse/${draft?.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ ...current, authored: '2026-12-01T10:00:00Z' }),
    });
    expect(other.status).toBe(200);
    const documentsBefore = (await server.all('DocumentReference')).length;

    await expect(
      submitResponse({
        client: fetchFhirClient({ serverUrl: server.baseUrl }),
        form,
        input: store.getState().input,
        subject: { reference: patient },
        document: { text: 'Reason: tired all the time', title: 'Visit preparation' },
        drafts,
      }),
    ).rejects.toMatchObject({ name: 'SmartError', code: 'conflict', status: 412 });
    expect((await server.all('DocumentReference')).length).toBe(documentsBefore);
    const after = (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).find((r) => r.id === draft?.id);
    expect(after?.status).toBe('in-progress');
    drafts.destroy();
  });
});
