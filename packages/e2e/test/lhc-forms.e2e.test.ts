// Another form filler on our Questionnaires (issue 20): NLM LHC-Forms, the form filler most FHIR portals know,
// renders the visit-prep, question-list and decision-aid questionnaires in Chromium; a patient fills them in by
// keyboard (rows added with LHC-Forms' "+" buttons, entries picked from its lists, text typed) and LHC-Forms' own
// FHIR export gives the QuestionnaireResponse. Our reader must take it as it comes: LHC-Forms gives an open
// choice's list entry as a valueCoding with a display and no code, and adds rows without our hidden id items.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getVisitPrepTemplate, prostateTreatmentEn, visitQuestionsEn } from '@sdmkit/content';
import {
  decisionAidInputFromQuestionnaireResponse,
  decisionAidQuestionnaire,
  questionListInputFromQuestionnaireResponse,
  questionListQuestionnaire,
  visitPrepInputFromQuestionnaireResponse,
  visitPrepQuestionnaire,
  type visitPrepQuestionnaireResponse,
} from '@sdmkit/fhir';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, servePages } from '../src/static-server.js';
import { launchChromium } from '../src/storybook.js';

type QuestionnaireResponse = ReturnType<typeof visitPrepQuestionnaireResponse>;

const lforms = join(dirname(createRequire(import.meta.url).resolve('lforms/package.json')), 'dist', 'lforms');
const template = getVisitPrepTemplate('newSymptom', 'en');
const BASE = 'https://portal.example.org/fhir';
const visitPrep = visitPrepQuestionnaire(template, { canonicalBase: BASE });
const promptList = visitQuestionsEn;
const decisionAid = prostateTreatmentEn;

// Charset matters: the FHIR add-on embeds its FHIRPath grammar as non-ASCII text.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/lforms/styles.css"></head>
<body><div id="form"></div>
<script src="/lforms/zone.min.js"></script>
<script src="/lforms/lhc-forms.js"></script>
<script src="/lforms/lformsFHIRAll.min.js"></script>
</body></html>`;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await servePages(
    { '/index.html': PAGE },
    {
      '/lforms/styles.css': join(lforms, 'webcomponent', 'styles.css'),
      '/lforms/zone.min.js': join(lforms, 'webcomponent', 'assets', 'lib', 'zone.min.js'),
      '/lforms/lhc-forms.js': join(lforms, 'webcomponent', 'lhc-forms.js'),
      '/lforms/lformsFHIRAll.min.js': join(lforms, 'fhir', 'lformsFHIRAll.min.js'),
    },
  );
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type LFormsWindow = {
  LForms: {
    Util: {
      addFormToPage(form: unknown, id: string, options: { fhirVersion: string }): Promise<void>;
      getFormFHIRData(type: string, version: string, element: Element | null): QuestionnaireResponse;
    };
    FHIR?: unknown;
  };
};

/**
 * Opens `form` in LHC-Forms on a new page, lets `fill` fill it in, and returns LHC-Forms' own FHIR R4 export of
 * what is on the form. The page throws no error on the way.
 */
async function fillIn(form: unknown, fill: (page: Page) => Promise<void>): Promise<QuestionnaireResponse> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => (window as unknown as Partial<LFormsWindow>).LForms?.FHIR !== undefined);
    await page.evaluate(
      (q) => (window as unknown as LFormsWindow).LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' }),
      form,
    );
    await fill(page);
    const response = await page.evaluate(() =>
      (window as unknown as LFormsWindow).LForms.Util.getFormFHIRData(
        'QuestionnaireResponse',
        'R4',
        document.getElementById('form'),
      ),
    );
    expect(errors).toEqual([]);
    return response;
  } finally {
    await page.close();
  }
}

/** A field by the id LHC-Forms gives it: `<linkId>/<position>…`; a row added with "+" is at the next position. */
const byId = (page: Page, id: string): Locator => page.locator(`[id^="${id}"]`).first();

/** Types into a field by keyboard and leaves it with Tab. */
async function type(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.pressSequentially(text);
  await field.press('Tab');
}

/**
 * Lets an autocompleting list field take in the keys typed: it reads the field on a 10 ms timer after the last key
 * (autocomplete-lhc's `frequency`), and Enter before that can keep an earlier reading ("L" of "Left knee", in about
 * one run of four here). A page timer set later and longer runs after it.
 */
const settled = (page: Page) => page.evaluate(() => new Promise((done) => setTimeout(done, 50)));

/** Types `prefix` into an autocompleting list field and picks `entry` from the list it then shows. */
async function pick(field: Locator, prefix: string, entry: string): Promise<void> {
  await field.click();
  await field.pressSequentially(prefix);
  // The list opens with every entry on focus and narrows to the prefix later (`settled`): wait until the entry
  // leads it, or ArrowDown takes another ("Head" for "Che", once in CI) or, on a slow machine, nothing.
  await settled(field.page());
  await field
    .page()
    .waitForFunction(
      (text) => document.querySelector('#lhc-tools-searchResults li')?.textContent?.includes(text) === true,
      entry,
    );
  await field.press('ArrowDown');
  await field.press('Enter');
}

describe('NLM LHC-Forms fills in the visit-prep questionnaire and we read its response back', () => {
  it('takes codings without a code and rows without ids, and makes the ids the store would', async () => {
    const response = await fillIn(visitPrep, async (page) => {
      await type(byId(page, 'concerns.reason/1/1'), 'My knee hurts');
      await type(byId(page, 'concerns.concern.text/1/1/1'), 'Pain at night');
      await byId(page, 'add-concerns.concern/1/1').click();
      await type(byId(page, 'concerns.concern.text/1/2'), 'Can I still run?');

      const areas = byId(page, 'symptoms.body-areas/1/1');
      await pick(areas, 'Che', 'Chest');
      await areas.pressSequentially('Left knee');
      await settled(page);
      await areas.press('Enter');
      await areas.press('Tab');

      await type(byId(page, 'medicines.medicine.name/1/1/1'), 'Ibuprofen');
      const taking = byId(page, 'medicines.medicine.taking/1/1/1');
      await pick(taking, 'Ye', 'Yes');
      await taking.press('Tab');
      await type(byId(page, 'questions.question.text/1/1/1'), 'Do I need a scan?');
    });
    // What LHC-Forms does that our own writer never does: these are the cases the reader must take.
    const symptoms = response.item?.find((i) => i.linkId === 'symptoms');
    expect(symptoms?.item?.find((i) => i.linkId === 'symptoms.body-areas')?.answer).toEqual([
      { valueCoding: { display: 'Chest' } },
      { valueString: 'Left knee' },
    ]);
    expect(JSON.stringify(response)).not.toContain('concerns.concern.id');

    const read = visitPrepInputFromQuestionnaireResponse(template, response);
    expect(read.issues).toEqual([]);
    const input = read.value;
    expect(input?.reason).toBe('My knee hurts');
    expect(input?.concerns).toEqual([
      { id: 'concern-1', text: 'Pain at night' },
      { id: 'concern-2', text: 'Can I still run?' },
    ]);
    expect(input?.symptoms.bodyAreas).toEqual(['Chest', 'Left knee']);
    expect(input?.medicines).toEqual([
      { id: 'medicine-1', name: 'Ibuprofen', dose: '', frequency: '', reason: '', taking: 'yes' },
    ]);
    expect(input?.questions.map((q) => [q.id, q.text])).toEqual([['question-1', 'Do I need a scan?']]);
  }, 90_000);
});

describe('NLM LHC-Forms fills in the question-list questionnaire and we read its response back', () => {
  it('makes library keys and own keys for rows without key or source', async () => {
    const response = await fillIn(questionListQuestionnaire(promptList, { canonicalBase: BASE }), async (page) => {
      // Row 1: a question picked from the list, source left empty.
      const library = byId(page, 'question.library/1/1');
      await pick(library, 'What are my op', 'What are my options?');
      await library.press('Tab');
      // Row 2, added with LHC-Forms' "+" button: the patient's own question.
      await byId(page, 'add-question/1').click();
      await type(byId(page, 'question.text/2'), 'Can I keep working?');
    });
    expect(JSON.stringify(response)).not.toContain('question.key');
    const read = questionListInputFromQuestionnaireResponse(promptList, response);
    expect(read.issues).toEqual([]);
    expect(read.value?.items.map((i) => [i.key, i.source, i.questionId ?? i.text])).toEqual([
      ['q:ask3-options', 'library', 'ask3-options'],
      ['own:1', 'own', 'Can I keep working?'],
    ]);
  }, 90_000);
});

describe('NLM LHC-Forms fills in the decision-aid questionnaire and we read its response back', () => {
  it('makes own-concern ids for rows added without them', async () => {
    const response = await fillIn(decisionAidQuestionnaire(decisionAid, { canonicalBase: BASE }), async (page) => {
      await type(byId(page, 'own-concerns.text/1/1'), 'Being able to drive');
      await byId(page, 'add-own-concerns/1').click();
      await type(byId(page, 'own-concerns.text/2'), 'Cost of travel');
    });
    expect(JSON.stringify(response)).not.toContain('own-concerns.id');
    const read = decisionAidInputFromQuestionnaireResponse(decisionAid, response);
    expect(read.issues).toEqual([]);
    expect(read.value?.ownConcerns.map((c) => [c.id, c.text])).toEqual([
      ['own-1', 'Being able to drive'],
      ['own-2', 'Cost of travel'],
    ]);
  }, 90_000);
});
