import { newSymptomTemplates } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, createVisitPrepStore, type StorageErrorEvent } from '@sdmkit/core';
import { type FhirTestServer, startFhirServer } from '@sdmkit/fhir-test-server';
import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xssPayloads } from '../../e2e/src/xss-corpus.js';
import { fetchFhirClient } from './client.js';
import { serverDrafts } from './drafts.js';
import { visitPrepForm } from './forms.js';

// Another app (or a person with the patient's token) can write anything the FHIR server accepts into the patient's
// draft. A device that opens it must never throw, never show it as markup, and never put it into an error.
// One real server (Medplum's FHIR router on 127.0.0.1) for the file; every case rewrites the same stored draft with
// a plain PUT and opens a fresh device for the patient.
const template = newSymptomTemplates.en;
const form = visitPrepForm(template, { canonicalBase: 'https://portal.example.org/fhir' });
const patient = `untrusted-${Date.now()}`;
const empty = createVisitPrepStore(template).getState().input;
let server: FhirTestServer;
/** The draft as the first device stored it. */
let stored: QuestionnaireResponse;
/**
 * How many free-text answers it has (the reason, a concern, a medicine's name, dose, how often and why, a health
 * condition from the record).
 */
let answered = 0;

/** One device: its own storage, drafts adapter and widget store (the pattern of drafts.test.ts). */
async function device() {
  const drafts = serverDrafts({
    client: fetchFhirClient({ serverUrl: server.baseUrl }),
    form,
    subject: { reference: `Patient/${patient}` },
    local: createMemoryStorage(),
    // Nothing is sent back by a reading device while a case runs.
    debounceMs: 60_000,
  });
  const errors: StorageErrorEvent[] = [];
  const store = createVisitPrepStore(template, {
    persist: createPersistence({ storage: drafts, onStorageError: (e) => errors.push(e) }),
  });
  await store.hydrate();
  return { drafts, store, errors, actions: store.getState().actions };
}

/** linkIds of the questions a patient answers in their own words (string and text items, not the hidden ones). */
const freeText = new Set<string>();
const collect = (items: readonly QuestionnaireItem[] = []) => {
  for (const i of items) {
    if ((i.type === 'string' || i.type === 'text') && !i.readOnly) freeText.add(i.linkId);
    collect(i.item);
  }
};
collect(form.questionnaire.item);

/** A copy of the stored draft with `change` applied to every item, depth first. */
function rewrite(change: (item: QuestionnaireResponseItem) => QuestionnaireResponseItem[] | undefined) {
  const walk = (items: QuestionnaireResponseItem[] | undefined): QuestionnaireResponseItem[] | undefined =>
    items?.flatMap((item) => {
      const inner = { ...item, ...(item.item ? { item: walk(item.item) ?? [] } : {}) };
      return change(inner) ?? [inner];
    });
  const copy = structuredClone(stored);
  return { ...copy, item: walk(copy.item) ?? [] };
}

/** Every free-text answer of the draft set to `text`. */
const everyText = (text: string) =>
  rewrite((item) =>
    freeText.has(item.linkId) && item.answer ? [{ ...item, answer: [{ valueString: text }] }] : undefined,
  );

/** The input's texts the patient sees (row ids, codes and the step left out). */
function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return ['id', 'step', 'completedAt', 'taking', 'severity', 'suggestionId'].includes(key) || value === ''
      ? []
      : [value];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
  return [];
}

/** The free-text answers as the server holds them. */
const storedTexts = (qr: QuestionnaireResponse): string[] => {
  const walk = (items: QuestionnaireResponseItem[] = []): string[] =>
    items.flatMap((i) => [
      ...(i.answer ?? []).flatMap((a) => [
        ...(freeText.has(i.linkId) && a.valueString !== undefined ? [a.valueString] : []),
        ...walk(a.item),
      ]),
      ...walk(i.item),
    ]);
  return walk(qr.item);
};

beforeAll(async () => {
  server = await startFhirServer();
  const first = await device();
  first.actions.setReason('Chest pain when I climb stairs');
  first.actions.addRow('concerns', { text: 'Short of breath at night' });
  first.actions.addRow('medicines', {
    name: 'Ramipril',
    dose: '5 mg',
    frequency: 'Once a day',
    reason: 'Blood pressure',
  });
  first.actions.addFromRecord({ conditions: [{ name: 'High blood pressure' }] });
  await first.store.flush();
  expect((await first.drafts.sendNow()).status).toBe('sent');
  const id = first.drafts.draft()?.id;
  first.drafts.destroy();
  first.store.destroy();
  stored = (await (await fetch(`${server.baseUrl}/QuestionnaireResponse/${id}`)).json()) as QuestionnaireResponse;
  answered = storedTexts(stored).length;
  expect(answered).toBe(7);
});
afterAll(() => server.close());

interface Opened {
  readonly label: string;
  /** What the server answered to the rewrite. */
  readonly put: number;
  /** `read`: the widget shows the draft; `refused`: not used (`failed`, `invalid_resource`). */
  readonly outcome?: 'read' | 'refused';
  readonly path?: string | undefined;
  readonly problems: readonly string[];
}

/**
 * Writes `resource` over the draft on the server, opens a fresh device for the patient and checks what it shows:
 * the draft exactly as stored, or nothing with a safe `invalid_resource` error. No error may hold any of `secrets`.
 * With `everyTextIs`, each free-text answer of the first draft must come back as exactly that text.
 */
async function reopen(
  label: string,
  resource: QuestionnaireResponse,
  secrets: readonly string[],
  everyTextIs?: string,
): Promise<Opened> {
  const put = await fetch(`${server.baseUrl}/QuestionnaireResponse/${stored.id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/fhir+json' },
    body: JSON.stringify(resource),
  });
  const held = (await put.json()) as QuestionnaireResponse;
  if (put.status !== 200) return { label, put: put.status, problems: [] };

  const problems: string[] = [];
  let opened: Awaited<ReturnType<typeof device>> | undefined;
  try {
    opened = await device();
  } catch (error) {
    return { label, put: put.status, problems: [`threw ${String(error)}`] };
  }
  const { drafts, store, errors } = opened;
  const state = drafts.getSyncState();
  const input = store.getState().input;
  const said = [state.error?.message, ...errors.flatMap((e) => [e.message, String(e.error)])].join(' ');
  for (const s of secrets) if (s !== '' && said.includes(s)) problems.push(`an error message holds ${s.slice(0, 40)}`);
  let outcome: Opened['outcome'];
  if (state.status === 'failed') {
    outcome = 'refused';
    if (state.error?.code !== 'invalid_resource') problems.push(`failed with ${state.error?.code}`);
    if (!state.error?.path?.startsWith('QuestionnaireResponse')) problems.push(`path ${state.error?.path}`);
    if (JSON.stringify(input) !== JSON.stringify(empty)) problems.push('the input is not empty');
  } else {
    outcome = 'read';
    if (state.status !== 'idle') problems.push(`status ${state.status}`);
    if (errors.length > 0) problems.push(`storage errors ${errors.map((e) => e.type).join(', ')}`);
    // The widget gets exactly the texts the server holds, character for character: none changed, none lost.
    const shown = textsOf(input).sort();
    const kept = storedTexts(held).sort();
    if (JSON.stringify(shown) !== JSON.stringify(kept))
      problems.push(`texts differ: ${JSON.stringify(shown).slice(0, 200)} vs ${JSON.stringify(kept).slice(0, 200)}`);
    if (everyTextIs !== undefined && (shown.length !== answered || shown.some((t) => t !== everyTextIs)))
      problems.push(
        `not the payload as typed in each of the ${answered} answers: ${JSON.stringify(shown).slice(0, 200)}`,
      );
  }
  drafts.destroy();
  store.destroy();
  return { label, put: put.status, outcome, path: state.error?.path, problems };
}

describe('a draft another app rewrote on the server', () => {
  it('opens on the next device without breaking it: used as stored, or not used (invalid_resource with the path) and the form stays empty', async () => {
    const only =
      (linkId: string, answer: NonNullable<QuestionnaireResponseItem['answer']>) => (i: QuestionnaireResponseItem) =>
        i.linkId === linkId ? [{ ...i, answer }] : undefined;
    const injected = { linkId: 'concerns.injected', answer: [{ valueString: 'Injected words' }] };
    const cases: [label: string, resource: QuestionnaireResponse, expected: 'read' | RegExp][] = [
      // Wrong answer types: not used, the path names the answer.
      [
        'a number as the reason',
        rewrite(only('concerns.reason', [{ valueInteger: 7 }])),
        /\.answer\[0\]\.valueInteger$/,
      ],
      [
        'a yes/no as a medicine name',
        rewrite(only('medicines.medicine.name', [{ valueBoolean: true }])),
        /\.answer\[0\]\.valueBoolean$/,
      ],
      [
        'a coded answer as a concern',
        rewrite(only('concerns.concern.text', [{ valueCoding: { code: 'x' } }])),
        /\.answer\[0\]\.valueCoding$/,
      ],
      // A question the form does not have.
      [
        'an answer to an unknown question',
        rewrite((i) => (i.linkId === 'concerns' ? [{ ...i, item: [...(i.item ?? []), injected] }] : undefined)),
        /\.item\[\d+\]\.linkId$/,
      ],
      // A question that does not repeat, given twice.
      [
        'the reason twice',
        rewrite((i) =>
          i.linkId === 'concerns.reason' ? [i, { ...i, answer: [{ valueString: 'A second reason' }] }] : undefined,
        ),
        /^QuestionnaireResponse\.item\[\d+\]\.item\[\d+\]$/,
      ],
      // Answers removed: what is left is the draft.
      ['the concern removed', rewrite((i) => (i.linkId === 'concerns.concern' ? [] : undefined)), 'read'],
      ['the medicines section removed', rewrite((i) => (i.linkId === 'medicines' ? [] : undefined)), 'read'],
      ['every answer removed', { ...structuredClone(stored), item: undefined }, 'read'],
    ];
    const results: Opened[] = [];
    for (const [label, resource] of cases)
      results.push(await reopen(label, resource, ['Injected words', 'A second reason', 'Chest pain', 'Ramipril']));
    expect(results.map((r) => [r.label, r.put, r.outcome === 'read' ? 'read' : r.path, r.problems])).toEqual(
      cases.map(([label, , expected]) => [
        label,
        200,
        expected === 'read' ? 'read' : expect.stringMatching(expected),
        [],
      ]),
    );
  });

  it('a 1,000,000-character answer is not put into the form, and the error does not carry it', async () => {
    // The server takes it (Medplum refuses a string over 1 MB, and a body over 5 MB: one such answer is under
    // both); the widget's input takes at most MAX_VISIT_PREP_TEXT (50,000) characters an answer: not used.
    const huge = `<b>${'a'.repeat(1_000_000 - 7)}</b>`;
    const result = await reopen(
      '1,000,000 characters',
      rewrite((i) => (i.linkId === 'concerns.reason' ? [{ ...i, answer: [{ valueString: huge }] }] : undefined)),
      [huge.slice(0, 100)],
    );
    expect(result).toMatchObject({ put: 200, outcome: 'refused', path: 'QuestionnaireResponse.item', problems: [] });
  });

  it('script and markup in every answer come back on the next device as the same text, never changed into markup', async () => {
    const results: Opened[] = [];
    for (const payload of xssPayloads) results.push(await reopen(payload, everyText(payload), [payload], payload));
    // The server refuses (400, "Invalid string format") exactly the payloads with a NUL character (`scr\u0000ipt`):
    // Medplum's validator takes no control characters in a FHIR string, so no draft on it can hold them, and they
    // are not tested here. The widgets get them typed in the browser test (packages/e2e/test/xss.browser.test.tsx).
    const refused = results.filter((r) => r.put !== 200);
    expect(refused.map((r) => [r.label, r.put])).toEqual(
      xssPayloads.filter((p) => p.includes('\u0000')).map((p) => [p, 400]),
    );
    const kept = results.filter((r) => r.put === 200);
    expect(kept.length).toBeGreaterThan(150);
    expect(kept.filter((r) => r.outcome !== 'read' || r.problems.length > 0)).toEqual([]);
  });
});
