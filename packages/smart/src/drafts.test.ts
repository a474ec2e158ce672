import { newSymptomTemplates, prostateTreatmentEn } from '@sdmkit/content';
import {
  createDecisionAidStore,
  createMemoryStorage,
  createPersistence,
  createVisitPrepStore,
  type StorageAdapter,
  type StorageErrorEvent,
  storageKey,
} from '@sdmkit/core';
import { decisionAidWithVisitFromQuestionnaireResponse, NOT_DECIDED } from '@sdmkit/fhir';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { QuestionnaireResponse } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFhirClient, type SmartClientLike } from './client.js';
import { findResponses, saveResponse } from './clinician.js';
import { type ServerDrafts, serverDrafts } from './drafts.js';
import { SmartError } from './errors.js';
import { decisionAidForm, decisionAidVisitForm, visitPrepForm } from './forms.js';

// Every test here talks to a real FHIR R4 server started on 127.0.0.1: Medplum's open-source FHIR router with its
// in-memory repository, validating each write against the R4 definitions and honouring If-Match.
const template = newSymptomTemplates.en;
const canonicalBase = 'https://portal.example.org/fhir';
const form = visitPrepForm(template, { canonicalBase });
let server: FhirTestServer;
let patientN = 0;

beforeAll(async () => {
  server = await startFhirServer();
});
afterAll(() => server.close());

/** One device: its own storage, drafts adapter and widget store, for one patient. */
async function device(
  patient: string,
  options: { local?: StorageAdapter; client?: SmartClientLike; errors?: StorageErrorEvent[] } = {},
) {
  const local = options.local ?? createMemoryStorage();
  const drafts = serverDrafts({
    client: options.client ?? fetchFhirClient({ serverUrl: server.baseUrl }),
    form,
    subject: { reference: `Patient/${patient}` },
    local,
    debounceMs: 5,
  });
  const errors = options.errors ?? [];
  const store = createVisitPrepStore(template, {
    persist: createPersistence({ storage: drafts, onStorageError: (e) => errors.push(e) }),
  });
  await store.hydrate();
  return { local, drafts, store, errors, actions: store.getState().actions };
}

const drafts = async (patient: string) =>
  (await server.all<QuestionnaireResponse>('QuestionnaireResponse')).filter(
    (r) => r.subject?.reference === `Patient/${patient}`,
  );

/** Waits until the drafts adapter has sent everything (flushes the widget first). */
async function settle(d: { store: { flush(): Promise<void> }; drafts: ServerDrafts }) {
  await d.store.flush();
  await d.drafts.sendNow();
  await d.store.flush();
  return d.drafts.getSyncState();
}

const newPatient = () => `p${++patientN}-${Date.now()}`;

describe('a draft on the server', () => {
  it('is created as an in-progress QuestionnaireResponse that the server validates, then updated in place', async () => {
    const patient = newPatient();
    const a = await device(patient);
    a.actions.setReason('Chest pain when I climb stairs');
    expect((await settle(a)).status).toBe('sent');
    let stored = await drafts(patient);
    expect(stored).toHaveLength(1);
    const [first] = stored;
    expect(first).toMatchObject({ status: 'in-progress', questionnaire: form.canonical });
    expect(first?.identifier?.value).toMatch(/^urn:uuid:/);
    expect(server.validate(first)).toEqual([]);

    a.actions.addConcern('Short of breath at night');
    expect((await settle(a)).status).toBe('sent');
    stored = await drafts(patient);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).toBe(first?.id);
    expect(stored[0]?.meta?.versionId).not.toBe(first?.meta?.versionId);
    expect(form.read(stored[0]).value?.concerns.map((c) => c.text)).toEqual(['Short of breath at night']);
    a.drafts.destroy();
  });

  it('is resumed on a second device from the server', async () => {
    const patient = newPatient();
    const phone = await device(patient);
    phone.actions.setReason('Headaches every morning');
    phone.actions.addConcern('Is it my blood pressure?');
    await settle(phone);

    const laptop = await device(patient);
    const input = laptop.store.getState().input;
    expect(input.reason).toBe('Headaches every morning');
    expect(input.concerns.map((c) => c.text)).toEqual(['Is it my blood pressure?']);
    expect(laptop.errors).toEqual([]);
    phone.drafts.destroy();
    laptop.drafts.destroy();
  });
});

describe('edited on two devices at once', () => {
  it('merges changes to different answers: nothing is lost, nothing is reported', async () => {
    const patient = newPatient();
    const conflictsBefore = server.requests.filter((r) => r.status === 412).length;
    const phone = await device(patient);
    phone.actions.setReason('Knee pain');
    await settle(phone);
    const laptop = await device(patient);

    laptop.actions.addConcern('Can I keep running?');
    await settle(laptop);
    phone.actions.setReason('Knee pain after running');
    // The phone's update is based on the first version: the server answers 412 and the phone merges.
    await settle(phone);
    await settle(phone);

    expect(phone.store.getState().input.reason).toBe('Knee pain after running');
    expect(phone.store.getState().input.concerns.map((c) => c.text)).toEqual(['Can I keep running?']);
    const [stored] = await drafts(patient);
    const read = form.read(stored);
    expect(read.value?.reason).toBe('Knee pain after running');
    expect(read.value?.concerns.map((c) => c.text)).toEqual(['Can I keep running?']);
    expect(phone.errors).toEqual([]);
    expect(phone.drafts.getSyncState().status).toBe('sent');
    expect(server.requests.filter((r) => r.status === 412).length).toBeGreaterThan(conflictsBefore);
    phone.drafts.destroy();
    laptop.drafts.destroy();
  });

  it('keeps the other copy aside when both changed the same answer, and reports a conflict', async () => {
    const patient = newPatient();
    const phone = await device(patient);
    phone.actions.setReason('Rash on my arm');
    await settle(phone);
    const laptop = await device(patient);

    laptop.actions.setReason('Rash on my arm, itchy since Sunday');
    await settle(laptop);
    phone.actions.setReason('Rash on both arms');
    await settle(phone);
    await settle(phone);

    expect(phone.store.getState().input.reason).toBe('Rash on both arms');
    expect(phone.errors.map((e) => e.type)).toEqual(['conflict']);
    const [aside] = phone.store.getState().persistence.asides;
    expect(aside?.reason).toBe('conflict');
    const kept = await phone.local.getItem(aside?.key ?? '');
    expect(JSON.parse(kept ?? '{}').state.reason).toBe('Rash on my arm, itchy since Sunday');
    const [stored] = await drafts(patient);
    expect(form.read(stored).value?.reason).toBe('Rash on both arms');
    phone.drafts.destroy();
    laptop.drafts.destroy();
  });
});

describe('when the server cannot take the draft', () => {
  it('keeps it on the device (pending) while the server fails, and sends it when it recovers', async () => {
    const patient = newPatient();
    const a = await device(patient);
    server.failNext(503);
    a.actions.setReason('Dizzy when I stand up');
    const pending = await settle(a);
    expect(pending.status).toBe('pending');
    expect(pending.error?.code).toBe('server');
    expect(pending.retryAt).not.toBeNull();
    // The widget's save status reads "Saved on this device, not sent yet".
    expect(a.store.getState().persistence.remote).toBe('pending');
    expect(await drafts(patient)).toHaveLength(0);
    expect(
      JSON.parse(
        (await a.local.getItem(storageKey({ widget: 'visit-prep', contentId: template.id, version: 1 }))) ?? '{}',
      ).state?.reason,
    ).toBe('Dizzy when I stand up');
    expect((await a.drafts.sendNow()).status).toBe('sent');
    expect(a.store.getState().persistence.remote).toBe('sent');
    expect(form.read((await drafts(patient))[0]).value?.reason).toBe('Dizzy when I stand up');
    a.drafts.destroy();
  });

  it('does not create a second draft when the answer to the first create was lost', async () => {
    const patient = newPatient();
    const real = fetchFhirClient({ serverUrl: server.baseUrl });
    let lose = true;
    const flaky: SmartClientLike = {
      state: real.state,
      async request(req) {
        const answer = await real.request(req);
        if (req.method === 'POST' && lose) {
          lose = false;
          throw new TypeError('network connection lost'); // the server stored it; the answer never arrived
        }
        return answer;
      },
    };
    const a = await device(patient, { client: flaky });
    a.actions.setReason('Swollen ankles');
    expect((await settle(a)).status).toBe('pending');
    expect(await drafts(patient)).toHaveLength(1);
    a.actions.addConcern('Is it my new tablets?');
    expect((await settle(a)).status).toBe('sent');
    const stored = await drafts(patient);
    expect(stored).toHaveLength(1);
    expect(form.read(stored[0]).value?.concerns.map((c) => c.text)).toEqual(['Is it my new tablets?']);
    a.drafts.destroy();
  });

  it('keeps the outbox across a reload while offline, and sends it from the next session', async () => {
    const patient = newPatient();
    const local = createMemoryStorage();
    // Nothing listens on this port: every request fails to connect, as offline.
    const offline = fetchFhirClient({ serverUrl: 'http://127.0.0.1:9/fhir' });
    const before = await device(patient, { local, client: offline });
    before.actions.setReason('Cough for three weeks');
    const state = await settle(before);
    expect(state).toMatchObject({ status: 'pending', error: { code: 'offline' } });
    before.drafts.destroy();
    before.store.destroy();

    const after = await device(patient, { local });
    expect(after.store.getState().input.reason).toBe('Cough for three weeks');
    expect((await settle(after)).status).toBe('sent');
    expect(form.read((await drafts(patient))[0]).value?.reason).toBe('Cough for three weeks');
    after.drafts.destroy();
  });

  it('says so when signed out (401), with nothing private in the error', async () => {
    const secured = await startFhirServer({ token: 'secret-token-123' });
    try {
      const patient = newPatient();
      const a = await device(patient, {
        client: fetchFhirClient({
          serverUrl: secured.baseUrl,
          headers: () => ({ authorization: 'Bearer expired-456' }),
        }),
      });
      a.actions.setReason('My private words');
      const state = await settle(a);
      expect(state).toMatchObject({ status: 'pending', error: { code: 'unauthorized', status: 401 } });
      const said = `${state.error?.message} ${String(state.error?.stack)}`;
      for (const secret of ['expired-456', 'secret-token', patient, 'My private words', '127.0.0.1'])
        expect(said).not.toContain(secret);
      a.drafts.destroy();
    } finally {
      await secured.close();
    }
  });
});

describe('what the server sends back is untrusted', () => {
  it('a draft on the server that does not fit the content is not used; the device copy stays', async () => {
    const patient = newPatient();
    const local = createMemoryStorage();
    const a = await device(patient, { local });
    a.actions.setReason('Back pain');
    await settle(a);
    const [stored] = await drafts(patient);
    // Another app rewrote the draft: a reason answered with a number.
    const broken = structuredClone(stored) as QuestionnaireResponse;
    const reason = broken.item?.flatMap((i) => [i, ...(i.item ?? [])]).find((i) => i.answer?.[0]?.valueString);
    if (reason?.answer) reason.answer = [{ valueInteger: 7 }];
    const put = await fetch(`${server.baseUrl}/QuestionnaireResponse/${broken.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify(broken),
    });
    expect(put.status).toBe(200);

    const b = await device(patient);
    expect(b.drafts.getSyncState()).toMatchObject({ status: 'failed', error: { code: 'invalid_resource' } });
    expect(b.drafts.getSyncState().error?.path).toMatch(/^QuestionnaireResponse\.item/);
    expect(b.store.getState().input.reason).toBe('');
    a.drafts.destroy();
    b.drafts.destroy();
  });

  it('refuses a search answer that is not a search Bundle, with the path', async () => {
    const client: SmartClientLike = {
      state: { serverUrl: server.baseUrl },
      request: async () => ({
        body: { resourceType: 'Bundle', type: 'searchset', entry: 'nope' },
        response: new Response(),
      }),
    };
    const a = await device(newPatient(), { client });
    expect(a.drafts.getSyncState()).toMatchObject({
      status: 'failed',
      error: { code: 'invalid_resource', path: 'Bundle.entry' },
    });
    a.drafts.destroy();
  });
});

describe('the connection', () => {
  it('refuses plain http except to this machine, and URLs with credentials', () => {
    for (const url of ['http://fhir.example.org/r4', 'http://user:pw@127.0.0.1/fhir', 'ftp://x/fhir', 'not a url'])
      expect(() => fetchFhirClient({ serverUrl: url })).toThrow(SmartError);
    for (const url of ['https://fhir.example.org/r4', 'http://127.0.0.1:8080/fhir', 'http://localhost/fhir'])
      expect(fetchFhirClient({ serverUrl: url }).state.serverUrl).toBe(url);
  });
});

describe('a draft the clinician wrote into', () => {
  it('keeps the visit the clinician recorded when the patient saves the draft again', async () => {
    const aid = prostateTreatmentEn;
    const aidForm = decisionAidForm(aid, { canonicalBase });
    const patient = `aid-${++patientN}`;
    const subject = { reference: `Patient/${patient}` };
    const client = fetchFhirClient({ serverUrl: server.baseUrl });
    const open = async () => {
      const d = serverDrafts({ client, form: aidForm, subject, local: createMemoryStorage(), debounceMs: 5 });
      const store = createDecisionAidStore(aid, { persist: createPersistence({ storage: d }) });
      await store.hydrate();
      return { drafts: d, store };
    };
    const value = aid.values[0]?.id ?? '';
    const phone = await open();
    phone.store.getState().actions.rate(value, 4);
    await settle(phone);

    // In the visit, the clinician records the decision into the same (still in-progress) response.
    const [opened] = await findResponses(client, { form: decisionAidVisitForm(aid, { canonicalBase }), patient });
    if (!opened?.id || !opened.versionId || !opened.read.ok) throw new Error('not opened');
    const visit = { decision: NOT_DECIDED, nextStep: 'Talk it over at home, then call.', participants: ['Dr Rivera'] };
    await saveResponse(client, {
      form: decisionAidVisitForm(aid, { canonicalBase }),
      response: { id: opened.id, versionId: opened.versionId },
      input: { input: opened.read.value.input, visit },
      status: 'in-progress',
      subject,
    });

    // Afterwards the patient opens the aid on the laptop (it reads that version) and changes the leaning.
    const laptop = await open();
    laptop.store.getState().actions.setLeaning('unsure');
    await settle(laptop);
    const [stored] = await drafts(patient);
    const back = decisionAidWithVisitFromQuestionnaireResponse(aid, stored, { canonicalBase });
    expect(back.value?.visit).toEqual(visit);
    expect(back.value?.input).toMatchObject({ leaning: 'unsure', ratings: { [value]: 4 } });
    for (const d of [phone, laptop]) {
      d.drafts.destroy();
      d.store.destroy();
    }
  });
});
