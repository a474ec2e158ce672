// The clinician's side of the loop in Chromium against a real FHIR server (issue 20): a page (src/clinician-app,
// built here with Vite) with @sdmkit/clinician's screen against the Medplum FHIR server the test starts on
// 127.0.0.1. One browser context is the patient's device, which submits what the patient prepared and later adds a
// question from the phone; another is the clinician's EHR. The clinician works by keyboard; what is saved is read
// back from the server and must pass Medplum's validateResource. Then axe and a keyboard walk of the whole screen,
// in English and Arabic, at 1280 px and on a 1024 px tablet.
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { DocumentReference, QuestionnaireResponse } from 'fhir/r4';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../src/static-server.js';
import { AXE_PATH, axeFile, axeFindings, keyboardFindings } from '../src/story-checks.js';
import { launchChromium } from '../src/storybook.js';
import { type BuiltTestApp, buildTestApp } from '../src/test-app.js';

let fhir: FhirTestServer;
let site: StaticServer;
let browser: Browser;
let app: BuiltTestApp | undefined;
const contexts: BrowserContext[] = [];
const errors: string[] = [];

beforeAll(async () => {
  app = await buildTestApp('clinician');
  [fhir, site, browser] = await Promise.all([
    startFhirServer({ cors: true }),
    serveStatic(app.dir, { [AXE_PATH]: axeFile }),
    launchChromium(),
  ]);
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await site?.close();
  await fhir?.close();
  app?.remove();
});

async function open(query: Record<string, string>, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/index.html?${new URLSearchParams({ server: fhir.baseUrl, ...query })}`);
  return page;
}

/** A new patient whose device submitted the visit preparation, the decision aid and the question list. */
async function patientSubmitted(): Promise<{ patient: string; device: Page }> {
  const answer = await fetch(`${fhir.baseUrl}/Patient`, {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify({ resourceType: 'Patient', name: [{ family: 'Demo' }] }),
  });
  const { id: patient } = (await answer.json()) as { id: string };
  const device = await open({ role: 'patient', patient }, 400);
  await device.evaluate(() => (window as unknown as { sdmPatient: { submit(): Promise<void> } }).sdmPatient.submit());
  return { patient, device };
}

/** The clinician's EHR page for the patient, once the three responses are open. */
async function clinician(patient: string, locale = 'en', width = 1280): Promise<Page> {
  const page = await open({ role: 'clinician', patient, locale }, width);
  await page.locator('.sdm-ClinicianScreen__part .sdm-QuestionList').waitFor({ timeout: 20_000 });
  await page.locator('.sdm-ClinicianScreen__part .sdm-DecisionAid').waitFor();
  return page;
}

const responsesOf = async (patient: string) =>
  (await fhir.all<QuestionnaireResponse>('QuestionnaireResponse')).filter(
    (r) => r.subject?.reference === `Patient/${patient}`,
  );
/** The widget a response is for, from its questionnaire's name (`sdmkit-<widget>-<content id>`). */
const widgetOf = (r: QuestionnaireResponse | undefined) =>
  r?.questionnaire
    ?.split('|')[0]
    ?.split('/')
    .pop()
    ?.replace(/^sdmkit-/, '') ?? '';

/** Focuses a control and works it with the keyboard only. */
async function press(page: Page, name: string | RegExp, key = 'Enter', role: 'button' | 'radio' = 'button') {
  const control = page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  await control.focus();
  await page.keyboard.press(key);
}

describe('the clinician opens the patient’s preparation and writes the visit back', () => {
  it('sees the agenda with its flags, the ratings, SURE and leaning, and saves answers, decision and note', async () => {
    const { patient } = await patientSubmitted();
    const page = await clinician(patient);
    const agenda = page.getByRole('region', { name: 'The patient’s agenda' });
    await expect.poll(() => agenda.getByText('To raise in this visit').count()).toBe(1);
    expect(await agenda.getByText(/^Top-3 question not answered yet: /).count()).toBe(3);
    expect(await agenda.getByText('Answered “no” in the readiness check (SURE): feeling sure').count()).toBe(1);
    expect(await agenda.getByText('Leaning towards: Active monitoring').count()).toBe(1);
    const shared = page.getByRole('region', { name: 'The decision, on a shared screen' });
    for (const line of [
      'You rated “Avoiding leaking urine and erection problems” as “Very much”.',
      'You added your own concern “Being able to keep working nights” and rated it as “A lot”.',
      'You answered “No” to “Do you feel sure about the best choice for you?”',
      'You are leaning towards: Active monitoring.',
    ])
      expect(await shared.getByText(line, { exact: true }).count(), line).toBe(1);

    // The visit, by keyboard: the first question answered with a note, then the decision.
    const questions = page.getByRole('region', { name: 'The patient’s questions' });
    await questions.getByRole('button', { name: 'Answered' }).first().focus();
    await page.keyboard.press('Space');
    await questions.getByRole('textbox', { name: 'Answer notes' }).first().focus();
    await page.keyboard.type('Monitoring, surgery or radiotherapy; we went through all three.');
    await expect.poll(() => agenda.getByText(/^Top-3 question not answered yet: /).count()).toBe(2);
    await press(page, 'Save the answers to the record');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved to the record.' }).count()).toBe(1);

    await press(page, 'Not decided yet', 'Space', 'radio');
    await shared.getByRole('textbox', { name: 'Next step' }).focus();
    await page.keyboard.type('Talk again after the MRI');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The patient');
    await page.keyboard.press('Enter');
    await page.keyboard.type('His wife');
    await press(page, 'Save the decision to the record');
    await expect
      .poll(async () => {
        const decision = (await responsesOf(patient)).find((r) => widgetOf(r).startsWith('decision-aid'));
        return JSON.stringify(decision?.item?.find((i) => i.linkId === 'visit'));
      })
      .toContain('not-decided');
    await press(page, 'Record the shared decision');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The decision note is in the record.' }).count())
      .toBe(1);

    // On the server: the same three responses (updated, not added), the visit's answers in them, all valid.
    const responses = await responsesOf(patient);
    expect(responses).toHaveLength(3);
    const list = responses.find((r) => widgetOf(r).startsWith('question-list'));
    expect(JSON.stringify(list)).toContain('Monitoring, surgery or radiotherapy; we went through all three.');
    expect(list?.author?.reference).toBe('Practitioner/dr-demo');
    const decision = responses.find((r) => widgetOf(r).startsWith('decision-aid'));
    const visit = decision?.item?.find((i) => i.linkId === 'visit');
    expect(visit?.item?.map((i) => i.answer?.map((a) => a.valueCoding?.code ?? a.valueString))).toEqual([
      ['not-decided'],
      ['Talk again after the MRI'],
      ['The patient', 'His wife'],
    ]);
    const notes = (await fhir.all<DocumentReference>('DocumentReference')).filter(
      (d) => d.subject?.reference === `Patient/${patient}` && d.description === 'Shared decision',
    );
    expect(notes).toHaveLength(1);
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(notes[0]?.content[0]?.attachment.data ?? ''), (c) => c.charCodeAt(0)),
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Decision: not decided yet',
      'Next step: Talk again after the MRI',
      'Who took part: The patient, His wife',
    ]);
    expect(notes[0]?.content[0]?.attachment.contentType).toBe('text/plain; charset=utf-8');
    expect([...responses, ...notes].flatMap((r) => fhir.validate(r))).toEqual([]);
  });

  it('a patient’s edit from the phone meanwhile is a conflict: nothing of either side is lost', async () => {
    const { patient, device } = await patientSubmitted();
    const page = await clinician(patient);
    const questions = page.getByRole('region', { name: 'The patient’s questions' });
    await device.evaluate(() =>
      (window as unknown as { sdmPatient: { addQuestion(t: string): Promise<void> } }).sdmPatient.addQuestion(
        'Can my wife come to the next visit?',
      ),
    );
    await questions.getByRole('button', { name: 'Answered' }).first().focus();
    await page.keyboard.press('Space');
    const note = questions.getByRole('textbox', { name: 'Answer notes' }).first();
    await note.focus();
    await page.keyboard.type('Yes, three options.');
    await press(page, 'Save the answers to the record');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Not saved: the patient or a colleague/ })
          .count(),
      )
      .toBe(1);
    expect(fhir.requests.some((r) => r.status === 412)).toBe(true);
    // The patient's question is on the server; the clinician's note is still on the screen.
    const list = (await responsesOf(patient)).find((r) => widgetOf(r).startsWith('question-list'));
    expect(JSON.stringify(list)).toContain('Can my wife come to the next visit?');
    expect(JSON.stringify(list)).not.toContain('Yes, three options.');
    expect(await note.inputValue()).toBe('Yes, three options.');
    // Opened again: the patient's question and the clinician's note together; saved again, the server has both.
    await press(page, 'Open them again');
    await expect.poll(() => questions.getByText('Can my wife come to the next visit?').count()).toBeGreaterThan(0);
    await expect
      .poll(() => questions.getByRole('textbox', { name: 'Answer notes' }).first().inputValue())
      .toBe('Yes, three options.');
    await press(page, 'Save the answers to the record');
    await expect
      .poll(async () =>
        JSON.stringify((await responsesOf(patient)).find((r) => widgetOf(r).startsWith('question-list'))),
      )
      .toMatch(/Yes, three options\.[\s\S]*Can my wife come to the next visit\?/);
  });
});

describe('the clinician’s screen for every user', () => {
  let patient = '';
  beforeAll(async () => {
    ({ patient } = await patientSubmitted());
  });

  for (const locale of ['en', 'ar'])
    for (const width of [1280, 1024])
      it(`passes axe and is complete by keyboard, ${locale} at ${width} px`, async () => {
        const page = await clinician(patient, locale, width);
        expect(await page.evaluate(() => document.querySelector('.sdm-ClinicianScreen')?.getAttribute('dir'))).toBe(
          locale === 'ar' ? 'rtl' : 'ltr',
        );
        expect(await axeFindings(page, 'wcag')).toEqual([]);
        expect(await keyboardFindings(page)).toEqual([]);
        // On a shared screen every button has the kit's 44 px target (--sdm-target-size), not only axe's 24 px
        // minimum, which a roomy layout can pass with browser-default 21 px buttons when the tokens are missing.
        expect(
          await page.evaluate(() =>
            [...document.querySelectorAll('.sdm-ClinicianScreen .sdm-Button')]
              .filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().height < 43.5)
              .map((b) => `${b.className}: ${b.textContent} (${b.getBoundingClientRect().height} px)`),
          ),
        ).toEqual([]);
        // Nothing is cut off or scrolls sideways on the tablet.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.context().close();
      });

  it('logged nothing in the pages but the refusal the conflict test caused', () => {
    expect(errors.filter((e) => !/status of 412/.test(e))).toEqual([]);
  });
});
