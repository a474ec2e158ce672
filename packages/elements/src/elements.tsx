import type {
  AgendaAddition,
  ContentIssue,
  DecisionAidInput,
  DecisionAidResult,
  NamespaceBundle,
  QuestionListInput,
  QuestionListResult,
  QuestionSuggestion,
  VisitPrepInput,
  VisitPrepResult,
} from '@sdmkit/core';
import { DecisionAid, decisionAidBundle } from '@sdmkit/decision-aid';
import decisionAidCss from '@sdmkit/decision-aid/styles.css?inline';
import { QuestionList, type QuestionListMode, questionListBundle } from '@sdmkit/question-list';
import questionListCss from '@sdmkit/question-list/styles.css?inline';
import { type SuggestedQuestionInput, VisitPrep, visitPrepBundle } from '@sdmkit/visit-prep';
import visitPrepCss from '@sdmkit/visit-prep/styles.css?inline';
import type { ReactNode } from 'react';
import { parseBooleanAttribute, parseEnumAttribute } from './attributes.js';
import { COMMON_ATTRIBUTES, type ElementWidgetProps, SdmWidgetElement, UI_CSS } from './base.js';

/** `<sdm-decision-aid>`: the decision aid. Extra attribute: `mode` (`self` | `encounter`). */
export class SdmDecisionAidElement extends SdmWidgetElement<DecisionAidInput, DecisionAidResult> {
  static override get observedAttributes(): readonly string[] {
    return [...COMMON_ATTRIBUTES, 'mode'];
  }
  protected readonly widgetClass = 'sdm-DecisionAid';
  protected readonly bundle: NamespaceBundle = decisionAidBundle;
  protected styles(): string {
    return `${UI_CSS}\n${decisionAidCss}`;
  }
  protected override extraProps(): Record<string, unknown> {
    return { mode: parseEnumAttribute(this.getAttribute('mode'), ['self', 'encounter'] as const) };
  }
  protected renderWidget(props: ElementWidgetProps<DecisionAidInput, DecisionAidResult>): ReactNode {
    return <DecisionAid {...props} />;
  }
}

/**
 * `<sdm-visit-prep>`: visit preparation. Extra attribute: `compact-agenda`; properties `suggestedQuestions` and
 * `agendaAdditions` (as the React props of the same names).
 */
export class SdmVisitPrepElement extends SdmWidgetElement<VisitPrepInput, VisitPrepResult> {
  static override get observedAttributes(): readonly string[] {
    return [...COMMON_ATTRIBUTES, 'compact-agenda'];
  }
  protected readonly widgetClass = 'sdm-VisitPrep';
  protected readonly bundle: NamespaceBundle = visitPrepBundle;
  #suggestedQuestions: readonly SuggestedQuestionInput[] | undefined;
  #agendaAdditions: readonly AgendaAddition[] | undefined;

  /** Questions to offer in the questions step, e.g. from a question list. */
  get suggestedQuestions(): readonly SuggestedQuestionInput[] | undefined {
    return this.#suggestedQuestions;
  }
  set suggestedQuestions(next: readonly SuggestedQuestionInput[] | undefined) {
    this.#suggestedQuestions = next;
    this.requestRender();
  }
  /** Lines added to the clinician agenda from other tools; invalid entries are left out and reported. */
  get agendaAdditions(): readonly AgendaAddition[] | undefined {
    return this.#agendaAdditions;
  }
  set agendaAdditions(next: readonly AgendaAddition[] | undefined) {
    this.#agendaAdditions = next;
    this.requestRender();
  }
  protected styles(): string {
    return `${UI_CSS}\n${visitPrepCss}`;
  }
  protected override extraProps(): Record<string, unknown> {
    return {
      compactAgenda: parseBooleanAttribute(this.getAttribute('compact-agenda')),
      suggestedQuestions: this.#suggestedQuestions,
      agendaAdditions: this.#agendaAdditions,
      onAgendaAdditionsError: this.#onAdditionsError,
    };
  }
  #onAdditionsError = (issues: readonly ContentIssue[]) => {
    this.dispatchEvent(new CustomEvent('sdm-content-error', { detail: { issues }, bubbles: true, composed: true }));
  };
  protected renderWidget(props: ElementWidgetProps<VisitPrepInput, VisitPrepResult>): ReactNode {
    return <VisitPrep {...props} />;
  }
}

/**
 * `<sdm-question-list>`: the question prompt list. Extra attribute: `default-mode` (`prepare` | `visit` |
 * `summary`); property `suggestions` (as the React prop).
 */
export class SdmQuestionListElement extends SdmWidgetElement<QuestionListInput, QuestionListResult> {
  static override get observedAttributes(): readonly string[] {
    return [...COMMON_ATTRIBUTES, 'default-mode'];
  }
  protected readonly widgetClass = 'sdm-QuestionList';
  protected readonly bundle: NamespaceBundle = questionListBundle;
  #suggestions: readonly QuestionSuggestion[] | undefined;

  /** Questions suggested by the host, e.g. from a decision aid's unsure SURE answers. */
  get suggestions(): readonly QuestionSuggestion[] | undefined {
    return this.#suggestions;
  }
  set suggestions(next: readonly QuestionSuggestion[] | undefined) {
    this.#suggestions = next;
    this.requestRender();
  }
  protected styles(): string {
    return `${UI_CSS}\n${questionListCss}`;
  }
  protected override extraProps(): Record<string, unknown> {
    const modes: readonly QuestionListMode[] = ['prepare', 'visit', 'summary'];
    return {
      defaultMode: parseEnumAttribute(this.getAttribute('default-mode'), modes),
      suggestions: this.#suggestions,
    };
  }
  protected renderWidget(props: ElementWidgetProps<QuestionListInput, QuestionListResult>): ReactNode {
    return <QuestionList {...props} />;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sdm-decision-aid': SdmDecisionAidElement;
    'sdm-visit-prep': SdmVisitPrepElement;
    'sdm-question-list': SdmQuestionListElement;
  }
  interface GlobalEventHandlersEventMap {
    'sdm-change': CustomEvent<DecisionAidInput | VisitPrepInput | QuestionListInput>;
    'sdm-complete': CustomEvent<DecisionAidResult | VisitPrepResult | QuestionListResult>;
    'sdm-content-error': CustomEvent<{ readonly issues: readonly ContentIssue[] }>;
  }
}
