import type { ContentIssue } from '@sdmkit/core';
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from 'fhir/r4';
import {
  type FhirIssue,
  type FhirIssueCode,
  type FhirParseResult,
  type FhirReadOptions,
  hidden,
  questionnaireName,
  type SdmWidgetKind,
} from './common.js';

// ---------------------------------------------------------------------------------------------------------------
// Questionnaire items

export interface Choice {
  readonly code: string;
  readonly display?: string | undefined;
}

const withText = (text: string | undefined) => (text ? { text } : {});

export function groupItem(
  linkId: string,
  text: string | undefined,
  item: QuestionnaireItem[],
  repeats = false,
): QuestionnaireItem {
  return { linkId, ...withText(text), type: 'group', ...(repeats ? { repeats: true } : {}), item };
}

export function textItem(
  linkId: string,
  text: string | undefined,
  type: 'string' | 'text' = 'text',
): QuestionnaireItem {
  return { linkId, ...withText(text), type };
}

/** A technical value the form keeps but never shows (row ids, keys, counters). */
export function hiddenItem(
  linkId: string,
  type: 'string' | 'integer' | 'dateTime' = 'string',
  repeats = false,
): QuestionnaireItem {
  return { extension: hidden(), linkId, type, ...(repeats ? { repeats: true } : {}), readOnly: true };
}

export function booleanItem(linkId: string, text: string | undefined): QuestionnaireItem {
  return { linkId, ...withText(text), type: 'boolean' };
}

export function choiceItem(
  linkId: string,
  text: string | undefined,
  choices: readonly Choice[],
  extra: Partial<QuestionnaireItem> = {},
): QuestionnaireItem {
  return {
    linkId,
    ...withText(text),
    type: 'choice',
    ...extra,
    answerOption: choices.map((c) => ({ valueCoding: { code: c.code, ...(c.display ? { display: c.display } : {}) } })),
  };
}

export function openChoiceItem(
  linkId: string,
  text: string | undefined,
  strings: readonly string[],
  repeats: boolean,
): QuestionnaireItem {
  return {
    linkId,
    ...withText(text),
    type: 'open-choice',
    ...(repeats ? { repeats: true } : {}),
    ...(strings.length > 0 ? { answerOption: strings.map((s) => ({ valueString: s })) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Answers -> QuestionnaireResponse items

export type AnswerValue =
  | { readonly coding: string }
  | { readonly string: string }
  | { readonly boolean: boolean }
  | { readonly integer: number }
  | { readonly dateTime: string };

export interface AnswerNode {
  readonly linkId: string;
  readonly answers?: readonly AnswerValue[];
  readonly items?: readonly AnswerNode[];
}

function codingDisplay(options: QuestionnaireItemAnswerOption[] | undefined, code: string): string | undefined {
  return options?.find((o) => o.valueCoding?.code === code)?.valueCoding?.display;
}

/**
 * FHIR R4 strings allow only space, tab and line breaks as whitespace. Text a patient pastes can hold others (a
 * no-break space, a thin space, a line separator): each becomes a plain space, so the response stays valid and
 * nothing else of what the patient wrote changes.
 */
export function fhirString(text: string): string {
  return text.replace(/[^\S \t\r\n]/g, ' ');
}

function toAnswer(q: QuestionnaireItem, value: AnswerValue): QuestionnaireResponseItemAnswer {
  if ('coding' in value) {
    const display = codingDisplay(q.answerOption, value.coding);
    return { valueCoding: { code: value.coding, ...(display ? { display } : {}) } };
  }
  if ('string' in value) return { valueString: fhirString(value.string) };
  if ('boolean' in value) return { valueBoolean: value.boolean };
  if ('integer' in value) return { valueInteger: value.integer };
  return { valueDateTime: value.dateTime };
}

/** Turns answer nodes into response items, copying each item's text from the questionnaire. Empty nodes go. */
export function responseItems(
  defs: readonly QuestionnaireItem[],
  nodes: readonly AnswerNode[],
): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  for (const node of nodes) {
    const def = defs.find((d) => d.linkId === node.linkId);
    if (!def) throw new Error(`No questionnaire item "${node.linkId}".`);
    const text = def.text ? { text: def.text } : {};
    if (def.type === 'group') {
      const item = responseItems(def.item ?? [], node.items ?? []);
      if (item.length > 0) out.push({ linkId: node.linkId, ...text, item });
    } else if (node.answers && node.answers.length > 0) {
      out.push({ linkId: node.linkId, ...text, answer: node.answers.map((a) => toAnswer(def, a)) });
    }
  }
  return out;
}

/** Answer helpers: nothing for empty text or `false`, so a response only holds what the patient gave. */
export const answer = {
  text: (linkId: string, value: string): AnswerNode => ({
    linkId,
    answers: value === '' ? [] : [{ string: value }],
  }),
  flag: (linkId: string, value: boolean): AnswerNode => ({ linkId, answers: value ? [{ boolean: true }] : [] }),
  code: (linkId: string, value: string | null | undefined): AnswerNode => ({
    linkId,
    answers: value === null || value === undefined ? [] : [{ coding: value }],
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// QuestionnaireResponse -> read tree

export interface ReadNode {
  readonly linkId: string;
  readonly path: string;
  readonly answers: readonly AnswerValue[];
  readonly items: readonly ReadNode[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const DATE_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

export class IssueList {
  readonly list: FhirIssue[] = [];
  add(code: FhirIssueCode, path: string, message: string, inputIssue?: ContentIssue): void {
    this.list.push({ code, path, message, ...(inputIssue ? { inputIssue } : {}) });
  }
}

function readAnswer(def: QuestionnaireItem, raw: unknown, path: string, issues: IssueList): AnswerValue | undefined {
  if (!isObject(raw)) {
    issues.add('invalid_answer', path, 'An answer must be an object.');
    return undefined;
  }
  if (raw.item !== undefined)
    issues.add('invalid_answer', `${path}.item`, 'Answers to this question have no nested items.');
  const keys = Object.keys(raw).filter((k) => k.startsWith('value'));
  if (keys.length !== 1) {
    issues.add('invalid_answer', path, `An answer needs exactly one value[x], found ${keys.length}.`);
    return undefined;
  }
  const key = keys[0] as string;
  const value = raw[key];
  const bad = (expected: string) => {
    issues.add('invalid_answer', `${path}.${key}`, `Item "${def.linkId}" (${def.type}) takes ${expected}.`);
    return undefined;
  };
  switch (def.type) {
    case 'choice':
    case 'open-choice': {
      if (def.type === 'open-choice' && key === 'valueString') {
        if (typeof value !== 'string' || value === '') return bad('a non-empty valueString');
        return { string: value };
      }
      if (key !== 'valueCoding' || !isObject(value) || typeof value.code !== 'string')
        return bad(def.type === 'open-choice' ? 'valueString or valueCoding' : 'valueCoding with a code');
      const code = value.code;
      if (def.answerOption && !def.answerOption.some((o) => o.valueCoding?.code === code)) {
        issues.add(
          'invalid_answer',
          `${path}.valueCoding.code`,
          `"${code}" is not an answer option of "${def.linkId}".`,
        );
        return undefined;
      }
      return { coding: code };
    }
    case 'string':
    case 'text':
      if (key !== 'valueString' || typeof value !== 'string') return bad('valueString');
      return { string: value };
    case 'boolean':
      if (key !== 'valueBoolean' || typeof value !== 'boolean') return bad('valueBoolean');
      return { boolean: value };
    case 'integer':
      if (key !== 'valueInteger' || typeof value !== 'number' || !Number.isInteger(value)) return bad('valueInteger');
      return { integer: value };
    case 'dateTime':
      if (key !== 'valueDateTime' || typeof value !== 'string' || !DATE_TIME.test(value)) return bad('valueDateTime');
      return { dateTime: value };
    default:
      return bad('no answers');
  }
}

function readItems(defs: readonly QuestionnaireItem[], raw: unknown, path: string, issues: IssueList): ReadNode[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.add('invalid_answer', path, '`item` must be an array.');
    return [];
  }
  const out: ReadNode[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(entry) || typeof entry.linkId !== 'string') {
      issues.add('invalid_answer', at, 'An item needs a linkId.');
      return;
    }
    const linkId = entry.linkId;
    const def = defs.find((d) => d.linkId === linkId);
    if (!def) {
      issues.add('unknown_link_id', `${at}.linkId`, `"${linkId}" is not an item here in this questionnaire.`);
      return;
    }
    if (seen.has(linkId) && !def.repeats) {
      issues.add('repeated_item', at, `"${linkId}" does not repeat but appears more than once.`);
      return;
    }
    seen.add(linkId);
    if (def.type === 'group') {
      if (entry.answer !== undefined)
        issues.add('invalid_answer', `${at}.answer`, `Group "${linkId}" takes no answers.`);
      out.push({ linkId, path: at, answers: [], items: readItems(def.item ?? [], entry.item, `${at}.item`, issues) });
      return;
    }
    if (entry.item !== undefined)
      issues.add('invalid_answer', `${at}.item`, `Question "${linkId}" has no nested items.`);
    const rawAnswers = entry.answer ?? [];
    if (!Array.isArray(rawAnswers)) {
      issues.add('invalid_answer', `${at}.answer`, '`answer` must be an array.');
      return;
    }
    if (rawAnswers.length > 1 && !def.repeats)
      issues.add('too_many_answers', `${at}.answer`, `"${linkId}" takes one answer, found ${rawAnswers.length}.`);
    const answers: AnswerValue[] = [];
    rawAnswers.forEach((a, j) => {
      const v = readAnswer(def, a, `${at}.answer[${j}]`, issues);
      if (v) answers.push(v);
    });
    out.push({ linkId, path: at, answers, items: [] });
  });
  return out;
}

/**
 * Checks that `raw` is a QuestionnaireResponse to this questionnaire (same canonical name and version) and
 * reads its items against the questionnaire's items. Never throws.
 */
export function readResponse(
  q: Questionnaire,
  widget: SdmWidgetKind,
  contentId: string,
  raw: unknown,
  options: FhirReadOptions,
  issues: IssueList,
): ReadNode[] | undefined {
  if (!isObject(raw) || raw.resourceType !== 'QuestionnaireResponse') {
    issues.add('not_a_questionnaire_response', 'QuestionnaireResponse', 'Expected a FHIR QuestionnaireResponse.');
    return undefined;
  }
  if (typeof raw.questionnaire !== 'string') {
    issues.add('wrong_questionnaire', 'QuestionnaireResponse.questionnaire', 'The response names no questionnaire.');
    return undefined;
  }
  const [url = '', version] = raw.questionnaire.split('|');
  const expectedUrl = q.url ?? '';
  const sameQuestionnaire = options.canonicalBase
    ? url === expectedUrl
    : url.endsWith(`/Questionnaire/${questionnaireName(widget, contentId)}`);
  if (!sameQuestionnaire) {
    issues.add(
      'wrong_questionnaire',
      'QuestionnaireResponse.questionnaire',
      `The response answers "${url}", not ${options.canonicalBase ? `"${expectedUrl}"` : `the ${widget} questionnaire for "${contentId}"`}.`,
    );
    return undefined;
  }
  if (version !== q.version) {
    issues.add(
      'wrong_version',
      'QuestionnaireResponse.questionnaire',
      version === undefined
        ? `The response names no questionnaire version; this content is version ${q.version}.`
        : `The response answers version ${version}; this content is version ${q.version}.`,
    );
    return undefined;
  }
  return readItems(q.item ?? [], raw.item, 'QuestionnaireResponse.item', issues);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading helpers

export const find = (nodes: readonly ReadNode[], linkId: string): ReadNode | undefined =>
  nodes.find((n) => n.linkId === linkId);
export const findAll = (nodes: readonly ReadNode[], linkId: string): ReadNode[] =>
  nodes.filter((n) => n.linkId === linkId);
export const childrenOf = (nodes: readonly ReadNode[], linkId: string): readonly ReadNode[] =>
  find(nodes, linkId)?.items ?? [];

function first(node: ReadNode | undefined): AnswerValue | undefined {
  return node?.answers[0];
}

export const read = {
  text: (nodes: readonly ReadNode[], linkId: string): string => {
    const v = first(find(nodes, linkId));
    return v && 'string' in v ? v.string : '';
  },
  optionalText: (nodes: readonly ReadNode[], linkId: string): string | undefined => {
    const v = first(find(nodes, linkId));
    return v && 'string' in v ? v.string : undefined;
  },
  flag: (nodes: readonly ReadNode[], linkId: string): boolean => {
    const v = first(find(nodes, linkId));
    return v !== undefined && 'boolean' in v ? v.boolean : false;
  },
  code: (nodes: readonly ReadNode[], linkId: string): string | null => {
    const v = first(find(nodes, linkId));
    return v && 'coding' in v ? v.coding : null;
  },
  codes: (nodes: readonly ReadNode[], linkId: string): string[] =>
    (find(nodes, linkId)?.answers ?? []).flatMap((v) => ('coding' in v ? [v.coding] : [])),
  strings: (nodes: readonly ReadNode[], linkId: string): string[] =>
    (find(nodes, linkId)?.answers ?? []).flatMap((v) => ('string' in v ? [v.string] : 'coding' in v ? [v.coding] : [])),
  integer: (nodes: readonly ReadNode[], linkId: string): number | undefined => {
    const v = first(find(nodes, linkId));
    return v && 'integer' in v ? v.integer : undefined;
  },
  dateTime: (nodes: readonly ReadNode[], linkId: string): string | null => {
    const v = first(find(nodes, linkId));
    return v && 'dateTime' in v ? v.dateTime : null;
  },
};

/** A required technical answer (row id, key): reports `missing_answer` when absent. */
export function requireText(row: ReadNode, linkId: string, issues: IssueList): string {
  const value = read.optionalText(row.items, linkId);
  if (value === undefined) issues.add('missing_answer', `${row.path}.item`, `Item "${linkId}" is missing in this row.`);
  return value ?? '';
}

/** Runs the widget's own input parser on what was read and turns its issues into ours. */
export function finish<T>(
  issues: IssueList,
  raw: unknown,
  parse: (raw: unknown) => { ok: true; value: T } | { ok: false; issues: readonly ContentIssue[] },
): FhirParseResult<T> {
  if (issues.list.length > 0) return { ok: false, value: undefined, issues: issues.list };
  const parsed = parse(raw);
  if (parsed.ok) return { ok: true, value: parsed.value, issues: [] };
  for (const i of parsed.issues)
    issues.add(
      'invalid_input',
      'QuestionnaireResponse.item',
      `The answers give an invalid input at ${i.path}: ${i.message}`,
      i,
    );
  return { ok: false, value: undefined, issues: issues.list };
}
