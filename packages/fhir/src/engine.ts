import { type ContentIssue, nextRowId } from '@sdmkit/core';
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
  type: 'string' | 'integer' | 'dateTime' | 'boolean' = 'string',
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
      // Another form filler (NLM LHC-Forms) gives an open choice's text option as a coding with only a display.
      if (
        def.type === 'open-choice' &&
        key === 'valueCoding' &&
        isObject(value) &&
        value.code === undefined &&
        typeof value.display === 'string' &&
        value.display !== ''
      )
        return { string: value.display };
      if (key !== 'valueCoding' || !isObject(value) || typeof value.code !== 'string')
        return bad(
          def.type === 'open-choice'
            ? 'a non-empty valueString, or a valueCoding with a code or a display'
            : 'valueCoding with a code',
        );
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
function readResponse(
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
  if (version !== q.version)
    // Still read by linkId: what matches this version is the partial result.
    issues.add(
      'wrong_version',
      'QuestionnaireResponse.questionnaire',
      version === undefined
        ? `The response names no questionnaire version; this content is version ${q.version}.`
        : `The response answers version ${version}; this content is version ${q.version}.`,
    );
  return readItems(q.item ?? [], raw.item, 'QuestionnaireResponse.item', issues);
}

// ---------------------------------------------------------------------------------------------------------------
// Field tables: each widget declares every item once; its questionnaire, its response and its reader come from that.

/**
 * One entry of a field table: the questionnaire items that hold a value, how the value is written as answer nodes
 * and how it is read back from the items at `at` (the path in the response, for issues).
 */
export interface Field<V> {
  readonly items: QuestionnaireItem[];
  write(value: V): AnswerNode[];
  read(nodes: readonly ReadNode[], at: string, issues: IssueList): V;
}

/** How one item's value becomes its answers and back. */
export interface Codec<V> {
  write(value: V | null | undefined): AnswerValue[];
  read(answers: readonly AnswerValue[]): V;
}

/** One answer of `kind`: none for null, undefined or empty text; read from the first answer, else `absent`. */
export const one = <V>(kind: 'string' | 'coding' | 'boolean' | 'integer' | 'dateTime', absent: V): Codec<V> => ({
  write: (v) =>
    v === null || v === undefined || (v === '' && kind !== 'coding') ? [] : [{ [kind]: v } as unknown as AnswerValue],
  read: ([a]) => (a && kind in a ? (a as unknown as Record<string, V>)[kind] : absent) as V,
});

/** Any number of answers: codes, or texts (which an open choice may also give as codes). */
export const many = (kind: 'string' | 'coding'): Codec<readonly string[]> => ({
  write: (v) => (v ?? []).map((x) => (kind === 'string' ? { string: x } : { coding: x })),
  read: (answers) =>
    answers.flatMap((a) => ('coding' in a ? [a.coding] : kind === 'string' && 'string' in a ? [a.string] : [])),
});

export const codec = {
  /** Free text: empty text is no answer. */
  text: one('string', ''),
  /**
   * A row id or key. Hidden, so another form filler may add rows without one (NLM LHC-Forms does): read as `''`
   * then, and `rows` makes one (see `withRowIds`).
   */
  id: one('string', ''),
  /** A tick box: only a tick is written; no answer reads as `false`. */
  flag: { ...one('boolean', false), write: (v: boolean | null | undefined) => (v ? [{ boolean: true }] : []) },
  /** Hidden strings that are absent when there are none (`recordSeen`). */
  seen: {
    write: (v: readonly string[] | undefined) => (v ?? []).map((x) => ({ string: x })),
    read: (answers: readonly AnswerValue[]): readonly string[] | undefined => {
      const seen = answers.flatMap((a) => ('string' in a ? [a.string] : []));
      return seen.length > 0 ? seen : undefined;
    },
  },
  /** A mark that is there or not (`true` or absent, e.g. `fromRecord`): only `true` is written and read. */
  mark: {
    write: (v: true | null | undefined) => (v ? [{ boolean: true }] : []),
    read: ([a]: readonly AnswerValue[]): true | undefined =>
      a && 'boolean' in a && a.boolean === true ? true : undefined,
  },
} satisfies Record<string, Codec<unknown>>;

export function field<V>(item: QuestionnaireItem, codec: Codec<V>): Field<V> {
  const { linkId } = item;
  return {
    items: [item],
    write: (v) => [{ linkId, answers: codec.write(v) }],
    read: (nodes) => codec.read(find(nodes, linkId)?.answers ?? []),
  };
}

type ValueOf<F> = F extends Field<infer V> ? V : never;
type Absent<S> = { [K in keyof S]: undefined extends ValueOf<S[K]> ? K : never }[keyof S];
/** What a table of fields holds: a value that may be absent is an optional property. */
export type Shape<S> = { [K in Exclude<keyof S, Absent<S>>]: ValueOf<S[K]> } & { [K in Absent<S>]?: ValueOf<S[K]> };

/** Values keyed by data (content ids), in the list's order; a key read as `undefined` is left out. */
export function keyed<V>(list: readonly (readonly [string, Field<V>])[]): Field<Record<string, V>> {
  return {
    items: list.flatMap(([, f]) => f.items),
    write: (o) => list.flatMap(([k, f]) => f.write(o[k] as V)),
    read: (nodes, at, issues) => {
      const out: Record<string, V> = {};
      for (const [k, f] of list) {
        const v = f.read(nodes, at, issues);
        if (v !== undefined) out[k] = v;
      }
      return out;
    },
  };
}

/** The properties of an object, one field each, in the table's order. */
export const fields = <S extends Record<string, Field<unknown>>>(table: S): Field<Shape<S>> =>
  keyed(Object.entries(table) as [string, Field<unknown>][]) as unknown as Field<Shape<S>>;

export function group<V>(linkId: string, text: string | undefined, inner: Field<V>): Field<V> {
  return {
    items: [groupItem(linkId, text, inner.items)],
    write: (v) => [{ linkId, items: inner.write(v) }],
    read: (nodes, at, issues) => {
      const node = find(nodes, linkId);
      return inner.read(node?.items ?? [], node ? `${node.path}.item` : at, issues);
    },
  };
}

/**
 * Completes a row read without its identity (`''`), given the list so far: every row read is in it, so a made id
 * never takes one that a later row holds.
 */
export type Identify<V> = (row: V, list: readonly V[]) => V;

/**
 * A list as a repeating group, one group per row. `identify` completes rows that came without their id (rows added
 * in another form filler), in order.
 */
export function rows<V>(
  linkId: string,
  text: string | undefined,
  row: Field<V>,
  identify?: Identify<V>,
): Field<readonly V[]> {
  return {
    items: [groupItem(linkId, text, row.items, true)],
    write: (v) => v.map((r) => ({ linkId, items: row.write(r) })),
    read: (nodes, _at, issues) => {
      const list = findAll(nodes, linkId).map((r) => row.read(r.items, `${r.path}.item`, issues));
      if (identify) for (const [i, r] of list.entries()) list[i] = identify(r, list);
      return list;
    },
  };
}

/** Gives a row read without an id the list's next id under `name` (`concern-3`), as the widget's store would. */
export const withRowIds =
  <V extends { readonly id: string }>(name: string): Identify<V> =>
  (r, list) =>
    r.id === '' ? { ...r, id: nextRowId(name, list) } : r;

/** Items and answers only when `shown`; read all the same (as absent when not shown). */
export const only = <V>(shown: boolean, f: Field<V>): Field<V> => (shown ? f : { ...f, items: [], write: () => [] });

/** Derived values (read-only items): written, never read back. */
export const writeOnly = <V>(f: Field<V>): Field<V | undefined> => ({ ...f, read: () => undefined });

const find = (nodes: readonly ReadNode[], linkId: string): ReadNode | undefined =>
  nodes.find((n) => n.linkId === linkId);
const findAll = (nodes: readonly ReadNode[], linkId: string): ReadNode[] => nodes.filter((n) => n.linkId === linkId);

/**
 * Reads a QuestionnaireResponse to `questionnaire` (see `readResponse`) into widget input with `read`, checked with
 * the widget's parser. Never throws.
 */
export function readInput<T>(
  widget: SdmWidgetKind,
  contentId: string,
  questionnaire: (canonicalBase: string) => Questionnaire,
  read: (nodes: readonly ReadNode[], at: string, issues: IssueList) => unknown,
  response: unknown,
  options: FhirReadOptions,
  parse: Parser<T>,
): FhirParseResult<T> {
  const issues = new IssueList();
  try {
    // Labels do not matter for reading: linkIds and codes do.
    const q = questionnaire(options.canonicalBase ?? 'urn:sdmkit:read');
    const nodes = readResponse(q, widget, contentId, response, options, issues);
    if (!nodes) return { ok: false, value: undefined, issues: issues.list };
    return finish(issues, read(nodes, 'QuestionnaireResponse.item', issues), parse);
  } catch (error) {
    issues.add('invalid_answer', 'QuestionnaireResponse', `The response could not be read: ${String(error)}`);
    return { ok: false, value: undefined, issues: issues.list };
  }
}

type Parser<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; issues: readonly ContentIssue[] };

/**
 * Runs the widget's own input parser on what was read and turns its issues into ours. With issues found reading,
 * what was read (the answers with issues left out) is the partial result when the parser takes it.
 */
function finish<T>(issues: IssueList, raw: unknown, parse: Parser<T>): FhirParseResult<T> {
  const parsed = parse(raw);
  if (issues.list.length > 0)
    return { ok: false, value: undefined, issues: issues.list, ...(parsed.ok ? { partial: parsed.value } : {}) };
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
