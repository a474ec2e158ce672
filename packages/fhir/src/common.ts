import type { ContentIssue } from '@sdmkit/core';
import type { Coding, Extension, Questionnaire, QuestionnaireResponse, Reference } from 'fhir/r4';

/** Where the mapping says a Questionnaire or QuestionnaireResponse came from. */
export type SdmWidgetKind = 'decision-aid' | 'visit-prep' | 'question-list';

/** Options for every `…Questionnaire` function. */
export interface FhirQuestionnaireOptions {
  /**
   * Absolute URI under which the host publishes its questionnaires, e.g. `https://portal.example.org/fhir`.
   * The canonical url is `<canonicalBase>/Questionnaire/sdmkit-<widget>-<content id>`. Required: the url space
   * belongs to the organisation that publishes the questionnaire, so the library never makes one up.
   */
  readonly canonicalBase: string;
}

/** Options for every `…QuestionnaireResponse` function. */
export interface FhirResponseOptions extends FhirQuestionnaireOptions {
  /** When the answers were recorded (FHIR dateTime). Default: the input's completion time, else now. */
  readonly authored?: string | undefined;
  /** Who the answers are about, e.g. `{ reference: 'Patient/123' }`. */
  readonly subject?: Reference | undefined;
  /** Who recorded the answers. */
  readonly author?: Reference | undefined;
  /** The encounter the answers belong to. */
  readonly encounter?: Reference | undefined;
  /** Clock for `authored` when nothing else gives it (tests). */
  readonly now?: (() => Date) | undefined;
}

/** Options for every `…InputFromQuestionnaireResponse` function. */
export interface FhirReadOptions {
  /** When given, `questionnaire` must name exactly this base's canonical url; otherwise only the path is checked. */
  readonly canonicalBase?: string | undefined;
}

/**
 * Stable codes of problems found reading a QuestionnaireResponse back. `missing_answer` is no longer reported: a
 * row without its hidden id (added in another form filler) gets a new id, as the widget's store would make it.
 */
export type FhirIssueCode =
  | 'not_a_questionnaire_response'
  | 'wrong_questionnaire'
  | 'wrong_version'
  | 'unknown_link_id'
  | 'repeated_item'
  | 'invalid_answer'
  | 'too_many_answers'
  | 'missing_answer'
  | 'invalid_input';

/** One problem found reading a QuestionnaireResponse back into widget input. */
export interface FhirIssue {
  readonly code: FhirIssueCode;
  /** FHIRPath-like location in the QuestionnaireResponse, e.g. `QuestionnaireResponse.item[2].answer[0]`. */
  readonly path: string;
  readonly message: string;
  /** For `invalid_input`: the problem the widget's own input parser reported (its path is in the input). */
  readonly inputIssue?: ContentIssue | undefined;
}

/**
 * What the `…InputFromQuestionnaireResponse` functions return: `ok` with the input, or not `ok` with the issues
 * found and, where some of the response could be read, `partial`: the input made of every answer that read cleanly
 * (answers with an issue left out), valid for the widget. A response to another version of the questionnaire is
 * read the same way, by linkId, after its `wrong_version` issue. Show `partial` as "what could be read", next to
 * the issues; never save it over the response without asking.
 */
export type FhirParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | {
      readonly ok: false;
      readonly value: undefined;
      readonly issues: readonly FhirIssue[];
      readonly partial?: T | undefined;
    };

/** `meta.tag` on resources made from demonstration content (code from HL7 v3 ActReason, as in FHIR's examples). */
export const DEMONSTRATION_TAG: Readonly<Coding> = Object.freeze({
  system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  code: 'HTEST',
  display: 'test health data',
});

/** FHIR core extension that hides an item from people filling in the form (technical ids). */
export const HIDDEN_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';

const ABSOLUTE_URI = /^(?:https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?|urn:[a-z0-9][a-z0-9-]{0,31}:\S+)$/i;

/** The canonical url of a widget's questionnaire. Throws a TypeError when `canonicalBase` is not an absolute URI. */
export function questionnaireUrl(canonicalBase: string, widget: SdmWidgetKind, contentId: string): string {
  if (typeof canonicalBase !== 'string' || !ABSOLUTE_URI.test(canonicalBase))
    throw new TypeError(
      `canonicalBase must be an absolute http(s) or urn URI without query or fragment, got ${JSON.stringify(canonicalBase)}.`,
    );
  return `${canonicalBase.replace(/\/+$/, '')}/Questionnaire/${questionnaireName(widget, contentId)}`;
}

/** The last path segment of the canonical url: `sdmkit-<widget>-<content id>`. */
export function questionnaireName(widget: SdmWidgetKind, contentId: string): string {
  return `sdmkit-${widget}-${contentId}`;
}

export interface ContentHeader {
  readonly id: string;
  readonly locale: string;
  readonly meta: {
    readonly title: string;
    readonly version: string;
    readonly published: string;
    readonly demonstration: boolean;
    readonly authors: readonly { readonly name: string; readonly organisation?: string | undefined }[];
    readonly license?: string | undefined;
    readonly funding: string;
  };
}

/** Questionnaire header elements shared by every widget. */
export function questionnaireHeader(
  widget: SdmWidgetKind,
  content: ContentHeader,
  options: FhirQuestionnaireOptions,
  title: string,
  description: string | undefined,
): Omit<Questionnaire, 'item'> {
  const author = content.meta.authors[0];
  const publisher = author?.organisation ?? author?.name;
  return {
    resourceType: 'Questionnaire',
    ...(content.meta.demonstration ? { meta: { tag: [{ ...DEMONSTRATION_TAG }] } } : {}),
    language: content.locale,
    url: questionnaireUrl(options.canonicalBase, widget, content.id),
    version: content.meta.version,
    title,
    status: 'active',
    ...(content.meta.demonstration ? { experimental: true } : {}),
    subjectType: ['Patient'],
    date: content.meta.published,
    ...(publisher ? { publisher } : {}),
    ...(description ? { description } : {}),
    ...(content.meta.license ? { copyright: content.meta.license } : {}),
  };
}

/** The `questionnaire` canonical a response points at: `url|version`. */
export function questionnaireCanonical(q: Pick<Questionnaire, 'url' | 'version'>): string {
  return `${q.url}|${q.version}`;
}

export function hidden(): Extension[] {
  return [{ url: HIDDEN_EXTENSION, valueBoolean: true }];
}

export function responseHeader(
  q: Questionnaire,
  status: 'in-progress' | 'completed',
  options: FhirResponseOptions,
  completedAt: string | null,
): Omit<QuestionnaireResponse, 'item'> {
  const authored = options.authored ?? completedAt ?? (options.now?.() ?? new Date()).toISOString();
  return {
    resourceType: 'QuestionnaireResponse',
    ...(q.meta ? { meta: structuredClone(q.meta) } : {}),
    ...(q.language ? { language: q.language } : {}),
    questionnaire: questionnaireCanonical(q),
    status,
    ...(options.subject ? { subject: options.subject } : {}),
    ...(options.encounter ? { encounter: options.encounter } : {}),
    authored,
    ...(options.author ? { author: options.author } : {}),
  };
}
