// Hostile text everywhere: every payload of the corpus (>= 100) is placed in the text fields of every example
// document and of the patient's input (wherever the document or input is still valid with it), then each widget is
// rendered in real Chromium in every mode. No script may run, no event-handler attribute, script, frame or unsafe
// link may appear, and the payloads must be shown as plain text.
import { decisionAids, sampleVisitPrepInput, visitPrepTemplates, visitQuestionsByLocale } from '@sdmkit/content';
import {
  createDecisionAidStore,
  createQuestionListStore,
  type DecisionAidDocument,
  decisionAidWidget,
  type ParseResult,
  type PromptList,
  parseDecisionAid,
  parsePromptList,
  parseVisitPrepTemplate,
  questionListWidget,
  VISIT_PREP_SECTIONS,
  type VisitPrepInput,
  type VisitPrepTemplate,
  visitPrepWidget,
} from '@sdmkit/core';
import { DecisionAid } from '@sdmkit/decision-aid';
import { QuestionList } from '@sdmkit/question-list';
import { VisitPrep } from '@sdmkit/visit-prep';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { xssPayloads } from '../src/xss-corpus.js';

type Path = (string | number)[];

function stringLeaves(value: unknown, base: Path = []): Path[] {
  if (typeof value === 'string') return [base];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...base, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...base, k]));
  return [];
}

function setAt(target: unknown, path: Path, value: unknown) {
  let at = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
}

function getAt(target: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], target);
}

/** Every payload placed anywhere, to prove that the whole corpus was used. */
const used = new Set<string>();

/**
 * Puts payloads into every string field that stays valid with one (ids, dates, enums and links refuse them), moving
 * through the corpus so that every payload is used. Returns the hostile copy and the payloads it placed.
 */
function poison<T>(value: T, isValid: (candidate: T) => boolean, start = 0): { value: T; placed: string[] } {
  const copy = structuredClone(value);
  const placed: string[] = [];
  let next = start;
  const record = (payload: string) => {
    placed.push(payload);
    used.add(payload);
  };
  for (const path of stringLeaves(copy)) {
    const before = getAt(copy, path);
    for (let attempt = 0; attempt < 3; attempt++) {
      const payload = xssPayloads[next % xssPayloads.length] as string;
      setAt(copy, path, payload);
      if (isValid(copy)) {
        record(payload);
        next++;
        break;
      }
      setAt(copy, path, before);
      next++;
    }
  }
  return { value: copy, placed };
}

const ok =
  <T,>(parse: (x: unknown) => ParseResult<T>) =>
  (x: unknown) =>
    parse(x).ok;

/** Everything in the rendered widget that could run code or navigate somewhere unsafe. */
function dangers(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'meta', 'base', 'link', 'style', 'frame'].includes(tag))
      found.push(`<${tag}>`);
    for (const attr of el.getAttributeNames()) {
      if (attr.toLowerCase().startsWith('on')) found.push(`<${tag} ${attr}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attr.toLowerCase())) {
        const url = (el.getAttribute(attr) ?? '').trim();
        if (!/^(https?:|#|mailto:|tel:|blob:)/i.test(url) && url !== '')
          found.push(`<${tag} ${attr}="${url.slice(0, 60)}">`);
      }
    }
  }
  return found;
}

async function settle() {
  await new Promise((r) => setTimeout(r, 50));
}

function check(ui: ReactElement, placed: readonly string[], label: string) {
  return async () => {
    const { container } = render(ui);
    await settle();
    // Open every dialog once (evidence, certainty), where content also shows.
    for (const button of [...container.querySelectorAll('button')].filter((b) =>
      /evidence|sure are we/i.test(b.textContent ?? ''),
    )) {
      button.click();
      await settle();
    }
    await settle();
    expect(window.__sdmXss, `${label}: a payload ran`).toBeUndefined();
    expect(dangers(document.body), `${label}: dangerous markup`).toEqual([]);
    const text = document.body.textContent ?? '';
    const shown = placed.filter((p) => text.includes(p));
    expect(shown.length, `${label}: payloads should be visible as text`).toBeGreaterThan(0);
    cleanup();
  };
}

beforeEach(() => {
  delete window.__sdmXss;
  const flag = () => {
    window.__sdmXss = 1;
  };
  window.alert = flag;
  window.confirm = () => {
    flag();
    return false;
  };
  window.prompt = () => {
    flag();
    return null;
  };
});

afterEach(() => cleanup());

describe('the corpus', () => {
  it('has at least 100 distinct payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(100);
  });
});

describe('decision aid with hostile content and input', () => {
  const docs = Object.values(decisionAids).flatMap((byLocale) => Object.values(byLocale));
  docs.forEach((doc, d) => {
    const content = poison(doc, ok(parseDecisionAid), d * 37);
    const parsed = parseDecisionAid(content.value).value as DecisionAidDocument;
    const store = createDecisionAidStore(parsed);
    const { actions } = store.getState();
    for (let i = 0; i < 5; i++) actions.addConcern(`concern ${i}`);
    for (const option of parsed.options.slice(0, 1)) actions.setLeaning(option.id);
    const input = poison(store.getState().input, (x) => decisionAidWidget.parseInput(x, parsed).ok, d * 11);
    const placed = [...content.placed, ...input.placed];
    it(`${doc.id} (${doc.locale}): places payloads`, () => {
      expect(content.placed.length).toBeGreaterThan(20);
      expect(input.placed.length).toBeGreaterThan(0);
    });
    for (const mode of ['self', 'encounter'] as const) {
      it(
        `${doc.id} (${doc.locale}) in ${mode} mode runs nothing`,
        check(
          <DecisionAid content={content.value} mode={mode} defaultValue={input.value} />,
          placed,
          `${doc.id} ${mode}`,
        ),
      );
    }
  });
});

describe('question list with hostile content and input', () => {
  Object.values(visitQuestionsByLocale).forEach((doc, d) => {
    const content = poison(doc, ok(parsePromptList), d * 29);
    const parsed = parsePromptList(content.value).value as PromptList;
    const store = createQuestionListStore(parsed);
    const { actions } = store.getState();
    for (const q of parsed.questions.slice(0, 4)) actions.pick(q.id);
    actions.addOwn('my own question');
    const keys = store.getState().input.items.map((item) => item.key);
    for (const key of keys) {
      actions.setNote(key, 'note');
      actions.mark(key, 'answered');
    }
    const input = poison(store.getState().input, (x) => questionListWidget.parseInput(x, parsed).ok, d * 13);
    const placed = [...content.placed, ...input.placed];
    for (const mode of ['prepare', 'visit', 'summary'] as const) {
      it(
        `${doc.id} (${doc.locale}) in ${mode} mode runs nothing`,
        check(
          <QuestionList content={content.value} mode={mode} defaultValue={input.value} />,
          placed,
          `${doc.id} ${mode}`,
        ),
      );
    }
  });
});

describe('coverage', () => {
  it('used every payload of the corpus somewhere', () => {
    expect(xssPayloads.filter((p) => !used.has(p))).toEqual([]);
  });
});

describe('visit preparation with hostile content and input', () => {
  const templates = Object.values(visitPrepTemplates).flatMap((byLocale) => Object.values(byLocale));
  templates.forEach((doc, d) => {
    const content = poison(doc, ok(parseVisitPrepTemplate), d * 17);
    const parsed = parseVisitPrepTemplate(content.value).value as VisitPrepTemplate;
    const input = poison(
      // With a health condition from the record too, so that its row and its agenda line get payloads.
      {
        ...sampleVisitPrepInput,
        conditions: [{ id: 'condition-1', name: 'High blood pressure', fromRecord: true }],
      } as VisitPrepInput,
      (x) => visitPrepWidget.parseInput(x, parsed).ok,
      d * 7,
    );
    const placed = [...content.placed, ...input.placed];
    const steps = [
      ...VISIT_PREP_SECTIONS.filter((s) => parsed.sections.some((sec) => sec.type === s)),
      'agenda',
    ] as const;
    it(`${doc.id} (${doc.locale}) runs nothing on any step`, async () => {
      for (const step of steps) {
        await check(
          <VisitPrep content={content.value} defaultValue={{ ...input.value, step } as VisitPrepInput} />,
          placed,
          `${doc.id} ${step}`,
        )();
      }
    });
  });
});
