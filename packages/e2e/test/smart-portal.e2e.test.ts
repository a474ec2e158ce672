// The patient's side of the loop in Chromium against a real FHIR server (issue 16): a portal page (src/portal-app,
// built here with Vite) with the visit-prep widget whose drafts @sdmkit/smart keeps on the Medplum FHIR server the
// test starts on 127.0.0.1. Two browser contexts are two devices, each with its own localStorage. Device A is
// prefilled from the record and the patient types; device B resumes the draft; both edit; the server stops while
// A types, then A goes offline while typing; A submits. Every resource the server holds at the end passes Medplum's
// validateResource.
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { QuestionnaireResponse } from 'fhir/r4';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';
import { type BuiltTestApp, buildTestApp } from '../src/test-app.js';

let fhir: FhirTestServer;
let site: StaticServer;
let browser: Browser;
let app: BuiltTestApp | undefined;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
let patient = '';

async function create(resource: Record<string, unknown>): Promise<string> {
  const answer = await fetch(`${fhir.baseUrl}/${resource.resourceType}`, {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(resource),
  });
  const body = await answer.json();
  expect(answer.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

beforeAll(async () => {
  app = await buildTestApp('portal');
  [fhir, site, browser] = await Promise.all([startFhirServer({ cors: true }), serveStatic(app.dir), launchChromium()]);
  patient = await create({
    resourceType: 'Patient',
    name: [{ family: 'Demo' }],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'en' }], text: 'English' } }],
  });
  await create({
    resourceType: 'MedicationStatement',
    status: 'active',
    subject: { reference: `Patient/${patient}` },
    medicationCodeableConcept: { text: 'Atorvastatin 20 mg tablet' },
    dosage: [{ text: 'Once a day at night' }],
  });
  await create({
    resourceType: 'AllergyIntolerance',
    patient: { reference: `Patient/${patient}` },
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }],
    },
    code: { text: 'Ibuprofen' },
  });
  await create({
    resourceType: 'Condition',
    subject: { reference: `Patient/${patient}` },
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] },
    ],
    code: { text: 'High blood pressure' },
  });
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await site?.close();
  await fhir?.close();
  app?.remove();
});

/** One device: a browser context of its own (its own localStorage) with the portal open. */
async function device(prefill = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const query = new URLSearchParams({ server: fhir.baseUrl, patient, ...(prefill ? { prefill: '1' } : {}) });
  await page.goto(`${site.origin}/index.html?${query}`);
  await page.getByRole('heading', { name: 'Get ready to talk about a new symptom' }).waitFor();
  await page.waitForFunction(() => {
    const said = document.querySelector('.sdm-SaveStatus')?.textContent;
    return said !== undefined && said !== 'Loading your saved answers…';
  });
  return page;
}

const status = (page: Page) => page.locator('.sdm-SaveStatus');
const reasonBox = (page: Page) => page.getByRole('textbox', { name: /reason/i }).first();

/** The patient's drafts on the server, read back with the server's own repository. */
async function stored(): Promise<QuestionnaireResponse[]> {
  return (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')).filter(
    (r) => r.subject?.reference === `Patient/${patient}`,
  );
}

describe('the patient’s preparation reaches the server and comes back on another device', () => {
  let a: Page;
  let b: Page;

  it('device A is prefilled from the record for checking, and what the patient types is sent', async () => {
    a = await device(true);
    await a.waitForFunction(() => (window as unknown as { sdmPortal: { prefilled: number } }).sdmPortal.prefilled >= 0);
    await reasonBox(a).click();
    await a.keyboard.type('Chest tightness when walking uphill');
    await expect.poll(() => status(a).textContent(), { timeout: 15_000 }).toBe('Saved and sent');
    const [draft] = await stored();
    expect(draft?.status).toBe('in-progress');
    const text = JSON.stringify(draft);
    expect(text).toContain('Chest tightness when walking uphill');
    expect(text).toContain('Atorvastatin 20 mg tablet');
    expect(text).toContain('medicines.medicine.from-record');
    expect(text).toContain('High blood pressure');
    expect(text).toContain('medicines.condition.from-record');
    // On screen, the record's medicines, allergies and conditions are there for the patient to check.
    await a.getByRole('button', { name: /Medicines and allergies/ }).click();
    const fromRecord = 'From your record: check it and correct it, or remove it.';
    for (const name of ['Atorvastatin 20 mg tablet', 'Ibuprofen', 'High blood pressure'])
      expect(await a.getByRole('group', { name }).getByText(fromRecord).isVisible(), name).toBe(true);
    await a.getByRole('button', { name: /Why you are coming/ }).click();
    await reasonBox(a).waitFor();
  });

  it('device B resumes the draft from the server', async () => {
    b = await device();
    await expect.poll(() => reasonBox(b).inputValue(), { timeout: 15_000 }).toBe('Chest tightness when walking uphill');
  });

  it('both edit different answers: nothing is lost on either side or on the server', async () => {
    await reasonBox(b).fill('Chest tightness when walking uphill, since June');
    await expect.poll(() => status(b).textContent(), { timeout: 15_000 }).toBe('Saved and sent');
    // A still holds the first version; its next change is refused (412) and merged.
    await a.evaluate(() =>
      (
        window as unknown as { sdmPortal: { store: { getState(): { actions: { addConcern(t: string): void } } } } }
      ).sdmPortal.store
        .getState()
        .actions.addConcern('Is it my heart?'),
    );
    await expect
      .poll(async () => JSON.stringify(await stored()), { timeout: 20_000 })
      .toMatch(/since June[\s\S]*Is it my heart\?|Is it my heart\?[\s\S]*since June/);
    await expect
      .poll(() => reasonBox(a).inputValue(), { timeout: 15_000 })
      .toBe('Chest tightness when walking uphill, since June');
    expect(fhir.requests.some((r) => r.status === 412)).toBe(true);
  });

  it('both change the same answer: the other copy is kept aside and offered back, nothing lost', async () => {
    await reasonBox(b).fill('Chest tightness, written on the laptop');
    await expect.poll(() => status(b).textContent(), { timeout: 15_000 }).toBe('Saved and sent');
    await reasonBox(a).fill('Chest tightness, written on the phone');
    // A's send is refused (412); the widget keeps its own answer and offers the laptop's copy back.
    const notice = a.getByText(
      'Another copy of your answers (from another tab, another device or from earlier) was kept.',
    );
    await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => status(a).textContent(), { timeout: 15_000 }).toBe('Saved and sent');
    expect(await reasonBox(a).inputValue()).toBe('Chest tightness, written on the phone');
    expect(JSON.stringify(await stored())).toContain('written on the phone');
    // The patient can take the laptop's copy instead: what was on the phone is kept aside in turn.
    await a.getByRole('button', { name: 'Use that copy (the other copy of your answers)' }).click();
    await expect.poll(() => reasonBox(a).inputValue()).toBe('Chest tightness, written on the laptop');
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => status(a).textContent(), { timeout: 15_000 }).toBe('Saved and sent');
  });

  it('the server stops while the patient types: kept on the device, told, and sent by the retry once it is back', async () => {
    // The browser stays online the whole time, so only the retry with backoff can send it (no `online` event).
    await a.evaluate(() => {
      const w = window as unknown as { onlineEvents: number };
      w.onlineEvents = 0;
      window.addEventListener('online', () => w.onlineEvents++);
    });
    await fhir.stop();
    await reasonBox(a).fill('Chest tightness when walking uphill, since June, worse after meals');
    await expect
      .poll(() => status(a).textContent(), { timeout: 15_000 })
      .toMatch(/^Saved on this device, not sent yet/);
    expect(JSON.stringify(await stored())).not.toContain('worse after meals');
    await fhir.restart(); // the same port, the same data
    await expect.poll(() => status(a).textContent(), { timeout: 30_000 }).toBe('Saved and sent');
    expect(JSON.stringify(await stored())).toContain('worse after meals');
    expect(await a.evaluate(() => (window as unknown as { onlineEvents: number }).onlineEvents)).toBe(0);
  });

  it('offline while typing: kept on the device, the patient is told, and sent when back online', async () => {
    await a.context().setOffline(true);
    await reasonBox(a).fill('Chest tightness when walking uphill, since June, worse in the cold');
    await expect
      .poll(() => status(a).textContent(), { timeout: 15_000 })
      .toMatch(/^Saved on this device, not sent yet/);
    await a.context().setOffline(false);
    await expect.poll(() => status(a).textContent(), { timeout: 30_000 }).toBe('Saved and sent');
    expect(JSON.stringify(await stored())).toContain('worse in the cold');
  });

  it('submitting stores the completed response and the note; every resource is valid FHIR', async () => {
    const result = await a.evaluate(() =>
      (window as unknown as { sdmPortal: { submit(): Promise<unknown> } }).sdmPortal.submit(),
    );
    expect(result).toMatchObject({ response: { id: expect.any(String) }, document: { id: expect.any(String) } });
    const responses = await stored();
    expect(responses.map((r) => r.status)).toEqual(['completed']);
    const all = [
      ...(await fhir.all('Patient')),
      ...(await fhir.all('MedicationStatement')),
      ...(await fhir.all('AllergyIntolerance')),
      ...(await fhir.all('Condition')),
      ...responses,
      ...(await fhir.all('DocumentReference')),
    ];
    expect(all.flatMap((r) => fhir.validate(r))).toEqual([]);
    // The browser logs the refusals the test caused (the 412, requests while the server was down or the browser
    // offline); nothing else, and the library itself logs nothing.
    const expected =
      /^Failed to load resource: (the server responded with a status of 412|net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED))/;
    expect(errors.filter((e) => !expected.test(e))).toEqual([]);
  });
});
