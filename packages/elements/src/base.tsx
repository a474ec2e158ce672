import {
  type ContentIssue,
  createPersistence,
  type MessageOverrides,
  type NamespaceBundle,
  type ParseResult,
  type Persistence,
  type SdmInputError,
  type TranslationPack,
} from '@sdmkit/core';
import { type CommonWidgetProps, WidgetShell } from '@sdmkit/ui';
import uiCss from '@sdmkit/ui/styles.css?inline';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type PersistAttribute, parseJsonAttribute, parsePersistAttribute, parseTextAttribute } from './attributes.js';
import type { SdmContentErrorDetail, SdmElementEventMap } from './events.js';
import { manageShadowFocus } from './shadow-focus.js';
import { adoptStyles, HOST_CSS, type StyleMode } from './styles.js';

/** Server rendering and other places without a DOM: the module still loads, elements are simply not defined. */
const BaseElement: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** Attributes every SDM element reads. */
export const COMMON_ATTRIBUTES = [
  'content',
  'default-value',
  'locale',
  'theme',
  'persist',
  'persist-namespace',
] as const;

/** The props every element hands to its React widget. */
export interface ElementWidgetProps<Input, Result> extends CommonWidgetProps {
  readonly content: unknown;
  readonly value?: Input | undefined;
  readonly defaultValue?: Input | undefined;
  /** Called with the patient's input after every change; the element fires it as `sdm-change`. */
  readonly onValueChange: (input: Input) => void;
  /** Called with the result when the patient finishes; the element fires it as `sdm-complete`. */
  readonly onComplete: (result: Result) => void;
  readonly persist?: Persistence | undefined;
  /** Called when the input fails the widget's schema; the element reports its issues as `sdm-content-error`. */
  readonly onInputError: (error: SdmInputError) => void;
}

type Source<T> = { readonly kind: 'none' } | { readonly kind: 'set'; readonly value: T };

/**
 * The shared custom element: an open shadow root with the widget's styles, one React root (and so one store and
 * one i18n instance, made by the widget) per element, attributes and properties as props, callbacks as events.
 */
export abstract class SdmWidgetElement<Input, Result> extends BaseElement {
  static get observedAttributes(): readonly string[] {
    return COMMON_ATTRIBUTES;
  }

  /** The widget's component class, e.g. `sdm-DecisionAid` (for the error state frame). */
  protected abstract readonly widgetClass: string;
  /** The widget's i18n bundle (for the error state frame). */
  protected abstract readonly bundle: NamespaceBundle;
  /** Renders the React widget with these props. */
  protected abstract renderWidget(props: ElementWidgetProps<Input, Result>): ReactNode;

  #styleMode: StyleMode | undefined;
  #mount: HTMLDivElement | null = null;
  #root: Root | null = null;
  #releaseFocus: (() => void) | null = null;
  #content: Source<unknown> = { kind: 'none' };
  #contentFailure: ParseResult<never> | null = null;
  #defaultValue: Source<Input | undefined> = { kind: 'none' };
  #defaultValueFailure: ParseResult<never> | null = null;
  #value: Source<Input> = { kind: 'none' };
  #latest: Input | undefined;
  #messages: MessageOverrides | undefined;
  #translations: readonly TranslationPack[] | undefined;
  #persist: Persistence | undefined;
  /** Bumped to remount the widget (a new store) when its starting input changes. */
  #generation = 0;

  /** How the styles were attached: `adopted` (constructable stylesheet) or `style-element`. */
  get styleMode(): StyleMode | undefined {
    return this.#styleMode;
  }

  /** The content document: set as an object here, or as JSON text in the `content` attribute. */
  get content(): unknown {
    return this.#content.kind === 'set' ? this.#content.value : undefined;
  }
  set content(next: unknown) {
    this.#content = { kind: 'set', value: next };
    this.#contentFailure = null;
    this.requestRender();
  }

  /**
   * The patient's input. Reading gives the latest input (as in the last `sdm-change`). Setting it makes the element
   * controlled: every change is proposed in `sdm-change` and shown only when the host sets `value` again. Setting
   * `undefined` (or `null`) makes it uncontrolled again, starting from the latest input.
   */
  get value(): Input | undefined {
    return this.#value.kind === 'set' ? this.#value.value : this.#latest;
  }
  set value(next: Input | null | undefined) {
    if (next === null || next === undefined) {
      if (this.#value.kind === 'set') {
        this.#value = { kind: 'none' };
        this.#generation++;
      }
    } else {
      this.#value = { kind: 'set', value: next };
      this.#latest = next;
    }
    this.requestRender();
  }

  /** Starting input (uncontrolled); also the `default-value` attribute as JSON. Changing it starts over. */
  get defaultValue(): Input | undefined {
    return this.#defaultValue.kind === 'set' ? this.#defaultValue.value : undefined;
  }
  set defaultValue(next: Input | undefined) {
    this.#defaultValue = { kind: 'set', value: next };
    this.#defaultValueFailure = null;
    this.#latest = undefined;
    this.#generation++;
    this.requestRender();
  }

  /** String overrides: language -> namespace -> keys (as the widgets' `messages` prop). */
  get messages(): MessageOverrides | undefined {
    return this.#messages;
  }
  set messages(next: MessageOverrides | undefined) {
    this.#messages = next;
    this.requestRender();
  }

  /**
   * Translation packs for other languages (e.g. `decisionAidEs` from `@sdmkit/decision-aid/locales/es`), added to
   * those given to `defineSdmElements` (the single-file build has es and ar).
   */
  get translations(): readonly TranslationPack[] | undefined {
    return this.#translations;
  }
  set translations(next: readonly TranslationPack[] | undefined) {
    this.#translations = next;
    this.requestRender();
  }

  get locale(): string | undefined {
    return parseTextAttribute(this.getAttribute('locale'));
  }
  set locale(next: string | undefined) {
    this.#setAttribute('locale', next);
  }

  get theme(): string | undefined {
    return parseTextAttribute(this.getAttribute('theme'));
  }
  set theme(next: string | undefined) {
    this.#setAttribute('theme', next);
  }

  /** Listens for an event; `sdm-change`, `sdm-complete` and `sdm-content-error` get their typed `detail`. */
  override addEventListener<K extends keyof SdmElementEventMap<Input, Result>>(
    type: K,
    listener: (this: this, event: SdmElementEventMap<Input, Result>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Listens for any other event, as `HTMLElement.addEventListener`. */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  /** Removes a listener added with `addEventListener`, typed for the SDM events. */
  override removeEventListener<K extends keyof SdmElementEventMap<Input, Result>>(
    type: K,
    listener: (this: this, event: SdmElementEventMap<Input, Result>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  /** Removes a listener for any other event, as `HTMLElement.removeEventListener`. */
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }

  /**
   * Custom element hook, called by the browser when the element is added to the page: attaches the shadow root and
   * its styles and mounts the widget (once; an element moved within the page keeps its widget).
   */
  connectedCallback(): void {
    this.#upgradeProperties();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (this.#styleMode === undefined) this.#styleMode = adoptStyles(shadow, `${HOST_CSS}\n${this.styles()}`);
    if (this.#root) return; // moved within the page in one task: the widget stays as it is
    const mount = shadow.ownerDocument.createElement('div');
    mount.className = 'sdm-element';
    shadow.append(mount);
    this.#mount = mount;
    this.#root = createRoot(mount);
    this.#releaseFocus = manageShadowFocus(shadow);
    this.requestRender();
  }

  /**
   * Custom element hook, called by the browser when the element leaves the page: unmounts the widget, unless the
   * element is put back in the same task (a move).
   */
  disconnectedCallback(): void {
    // A move (remove + insert in the same task) keeps the widget; a real removal unmounts it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
      this.#releaseFocus?.();
      this.#releaseFocus = null;
      this.#mount?.remove();
      this.#mount = null;
    });
  }

  /**
   * Custom element hook, called by the browser when an observed attribute changes: reads it (JSON for `content` and
   * `default-value`) and renders again. A new `default-value`, `persist` or `persist-namespace` starts the widget over.
   */
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue) return;
    if (name === 'content') {
      const parsed = parseJsonAttribute('content', newValue);
      this.#content = parsed.ok ? { kind: 'set', value: parsed.value } : { kind: 'none' };
      this.#contentFailure = parsed.ok ? null : failure(parsed.issue);
    } else if (name === 'default-value') {
      const parsed = parseJsonAttribute('default-value', newValue);
      this.#defaultValue = parsed.ok ? { kind: 'set', value: parsed.value as Input | undefined } : { kind: 'none' };
      this.#defaultValueFailure = parsed.ok ? null : failure(parsed.issue);
      this.#latest = undefined;
      this.#generation++;
    } else if (name === 'persist' || name === 'persist-namespace') {
      // A store saves where it was made to: start a new one.
      this.#persist = persistOptions(
        parsePersistAttribute(this.getAttribute('persist')),
        parseTextAttribute(this.getAttribute('persist-namespace')),
      );
      this.#generation++;
    }
    this.requestRender();
  }

  /** The widget's CSS (ui + widget); attached once to the shadow root. */
  protected abstract styles(): string;

  /** Packs every element of this class has (see `defineSdmElements({ translations })`). */
  protected defaultTranslations(): readonly TranslationPack[] {
    return [];
  }

  /** Extra widget props from element-specific attributes and properties. */
  protected extraProps(): Record<string, unknown> {
    return {};
  }

  /** Renders again with the current attributes and properties (no-op while disconnected). */
  protected requestRender(): void {
    const root = this.#root;
    if (!root) return;
    const common: CommonWidgetProps = {
      locale: this.locale,
      theme: this.theme,
      messages: this.#messages,
      translations: [...this.defaultTranslations(), ...(this.#translations ?? [])],
      onContentError: this.#onContentError,
    };
    const failed = this.#contentFailure ?? this.#defaultValueFailure;
    if (failed) {
      root.render(
        <WidgetShell key="invalid" widgetClass={this.widgetClass} bundles={[this.bundle]} parsed={failed} {...common}>
          {() => null}
        </WidgetShell>,
      );
      return;
    }
    if (this.#content.kind === 'none') {
      // No content yet (e.g. it is set as a property after the element is added): nothing to show or report.
      root.render(null);
      return;
    }
    const startFrom = this.#latest ?? (this.#defaultValue.kind === 'set' ? this.#defaultValue.value : undefined);
    root.render(
      <ElementFrame key={this.#generation}>
        {this.renderWidget({
          ...this.extraProps(),
          ...common,
          content: this.content,
          ...(this.#value.kind === 'set' ? { value: this.#value.value } : { defaultValue: startFrom }),
          onValueChange: this.#onValueChange,
          onComplete: this.#onComplete,
          persist: this.#persist,
          onInputError: this.#onInputError,
        })}
      </ElementFrame>,
    );
  }

  /**
   * Properties a page set before the element was defined (e.g. `el.content = …` before the module loaded) are own
   * properties of the element that hide the accessors: hand them to the accessors.
   */
  #upgradeProperties(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const key of Object.keys(this)) {
      if (!hasSetter(Object.getPrototypeOf(this), key)) continue;
      const value = self[key];
      delete self[key];
      self[key] = value;
    }
  }

  #onValueChange = (input: Input): void => {
    if (this.#value.kind !== 'set') this.#latest = input;
    this.dispatchEvent(new CustomEvent<Input>('sdm-change', { detail: input, bubbles: true, composed: true }));
  };

  #onComplete = (result: Result): void => {
    this.dispatchEvent(new CustomEvent<Result>('sdm-complete', { detail: result, bubbles: true, composed: true }));
  };

  #onContentError = (issues: readonly ContentIssue[]): void => {
    this.dispatchEvent(
      new CustomEvent<SdmContentErrorDetail>('sdm-content-error', {
        detail: { issues },
        bubbles: true,
        composed: true,
      }),
    );
  };

  /** Input the widget's schema refuses (e.g. a `default-value` past its limits) is reported like bad content. */
  #onInputError = (error: SdmInputError): void => this.#onContentError(error.issues);

  #setAttribute(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }
}

function hasSetter(proto: object | null, key: string): boolean {
  for (let p = proto; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p))
    if (Object.getOwnPropertyDescriptor(p, key)?.set) return true;
  return false;
}

function ElementFrame({ children }: { children: ReactNode }) {
  return children;
}

function failure(issue: ContentIssue): ParseResult<never> {
  return { ok: false, value: undefined, issues: [issue] };
}

function persistOptions(where: PersistAttribute | undefined, namespace: string | undefined): Persistence | undefined {
  if (!where) return undefined;
  return createPersistence({
    storage: () => (where === 'local' ? window.localStorage : window.sessionStorage),
    ...(namespace ? { namespace } : {}),
  });
}

/** The ui package's CSS, shared by every element. */
export const UI_CSS: string = uiCss;
