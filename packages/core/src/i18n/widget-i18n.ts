import { createInstance, type i18n as I18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import { isTranslationPack, type TranslationPack } from './translation-pack.js';

/** Strings of one namespace in one language; nested objects allowed, plurals as `_one`/`_other`/… keys. */
export type Messages = { readonly [key: string]: string | Messages };

/** A package's namespace with its built-in strings per language (English; other languages come as packs). */
export interface NamespaceBundle {
  readonly ns: string;
  readonly resources: Readonly<Record<string, Messages>>;
}

/** Host overrides: language -> namespace -> strings. Only the keys given are replaced. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, Messages>>>>;

/** Options for `createWidgetI18n`. */
export interface WidgetI18nOptions {
  /** The host's i18next instance. We add our namespaces without overwriting its strings. */
  readonly i18n?: I18n | undefined;
  /** Language to use when we create our own instance (default `en`). Ignored with a host instance. */
  readonly lng?: string | undefined;
  /** The package's built-in strings (English), one bundle per namespace. */
  readonly bundles: readonly NamespaceBundle[];
  /** More languages: packs for namespaces this widget does not use are ignored, invalid packs left out. */
  readonly translations?: readonly TranslationPack[] | undefined;
  readonly overrides?: MessageOverrides | undefined;
  /** Unique per widget instance: names the namespace that holds this instance's overrides. */
  readonly instanceId: string;
}

/** The i18n context of one widget instance, made by `createWidgetI18n`. */
export interface WidgetI18n {
  readonly i18n: I18n;
  /** The package namespaces this widget uses. */
  readonly namespaces: readonly string[];
  /** This instance's override namespace for a package namespace. */
  overrideNs(ns: string): string;
  /**
   * The language the widget really shows when `lng` is asked for: `lng` or its base language (`es` for `es-MX`)
   * when every namespace of the widget has strings in it (built in, from a translation pack, the host's own
   * resources or this instance's overrides), English otherwise. `lang` and `dir` follow it, so English text
   * never sits under `dir="rtl"`.
   */
  shownLanguage(lng?: string): string;
  /** The widget's namespaces with no strings in `lng` (empty when the language can be shown). */
  missingNamespaces(lng: string): readonly string[];
  /** `ltr` or `rtl` for a language tag (default: the instance's language), remembered per tag. */
  dir(lng?: string): 'ltr' | 'rtl';
  /**
   * Tells `onChange` when what the widget shows may change: its language, or strings of its namespaces (or of this
   * instance's overrides) added or removed. One set of i18next listeners serves every subscriber of the widget, from
   * its creation until `dispose`. Returns the unsubscribe function.
   */
  subscribe(onChange: () => void): () => void;
  /** Goes up with every change `subscribe` reports (even while nobody subscribes). */
  revision(): number;
  /**
   * `t` for package namespace `ns` in `lng`, this instance's overrides first: the same function for every component
   * of the widget until the next change (`revision`), and a lookup with a key alone is done once, not once per row.
   */
  fixedT(lng: string, ns: string): TFunction;
  /** True when we made the instance. */
  readonly owned: boolean;
  /** Removes this instance's override namespaces from a host instance. */
  dispose(): void;
}

/** `en`: shown when a language lacks strings for some namespace, and the language of a private instance by default. */
export const FALLBACK_LANGUAGE = 'en';

/**
 * Makes the i18n context for one widget instance. With a host instance: adds our bundles deeply without
 * overwriting anything the host has, never changes its language and never registers plugins on it. Without
 * one: creates a private instance, so nothing global is touched. Host overrides go into namespaces private
 * to this widget instance (`<ns>~<instanceId>`), looked up before the package's own.
 */
export function createWidgetI18n(options: WidgetI18nOptions): WidgetI18n {
  const overrideNs = (ns: string) => `${ns}~${options.instanceId}`;
  const namespaces = options.bundles.map((b) => b.ns);
  // Built-in strings first, then the packs (only the namespaces this widget uses): the first strings given for a
  // language and namespace win, as addResourceBundle without overwrite does on a host instance.
  const entries: [lng: string, ns: string, strings: Messages][] = [];
  for (const bundle of options.bundles) {
    for (const [lng, strings] of Object.entries(bundle.resources)) entries.push([lng, bundle.ns, strings]);
  }
  for (const pack of options.translations ?? []) {
    if (!isTranslationPack(pack)) continue;
    for (const b of pack.bundles) if (namespaces.includes(b.ns)) entries.push([pack.lng, b.ns, b.messages]);
  }
  const overrideEntries: [lng: string, ns: string, strings: Messages][] = [];
  for (const [lng, byNs] of Object.entries(options.overrides ?? {})) {
    for (const [ns, strings] of Object.entries(byNs)) overrideEntries.push([lng, overrideNs(ns), strings]);
  }

  const languageApi = (i18n: I18n) => {
    // Every component asks for its direction on every render; i18next works it out from `Intl.Locale` each time.
    const dirs = new Map<string, 'ltr' | 'rtl'>();
    const changes = i18nChanges(i18n, (ns) => namespaces.some((n) => n === ns || overrideNs(n) === ns));
    // One `t` per language and namespace, kept until the next change; option-less lookups remembered in it.
    let fixed = new Map<string, TFunction>();
    let fixedAt = 0;
    const missingNamespaces = (lng: string) =>
      namespaces.filter((ns) => !i18n.hasResourceBundle(lng, ns) && !i18n.hasResourceBundle(lng, overrideNs(ns)));
    return {
      stopListening: changes.stop,
      subscribe: changes.subscribe,
      revision: changes.revision,
      fixedT(lng: string, ns: string) {
        if (fixedAt !== changes.revision()) {
          fixed = new Map();
          fixedAt = changes.revision();
        }
        const id = `${lng} ${ns}`;
        const t = fixed.get(id) ?? rememberingT(i18n.getFixedT(lng, [overrideNs(ns), ns]));
        fixed.set(id, t);
        return t;
      },
      missingNamespaces,
      shownLanguage(lng?: string) {
        const asked = lng ?? i18n.language;
        if (!asked) return FALLBACK_LANGUAGE;
        const base = asked.split('-')[0] ?? asked;
        for (const code of base === asked ? [asked] : [asked, base]) {
          if (missingNamespaces(code).length === 0) return code;
        }
        return FALLBACK_LANGUAGE;
      },
      dir(lng?: string) {
        const tag = lng ?? i18n.resolvedLanguage ?? i18n.language ?? '';
        let d = dirs.get(tag);
        if (d === undefined) {
          d = directionOf(i18n, tag || undefined);
          dirs.set(tag, d);
        }
        return d;
      },
    };
  };

  if (options.i18n) {
    const host = options.i18n;
    for (const [lng, ns, strings] of entries) host.addResourceBundle(lng, ns, strings as ResourceLanguage, true, false);
    for (const [lng, ns, strings] of overrideEntries) {
      host.addResourceBundle(lng, ns, strings as ResourceLanguage, true, true);
    }
    const { stopListening, ...language } = languageApi(host);
    return {
      i18n: host,
      namespaces,
      overrideNs,
      ...language,
      owned: false,
      dispose() {
        stopListening();
        for (const [lng, ns] of overrideEntries) host.removeResourceBundle(lng, ns);
      },
    };
  }

  const resources: Record<string, Record<string, ResourceLanguage>> = {};
  for (const [lng, ns, strings] of [...entries, ...overrideEntries]) {
    if (resources[lng]?.[ns]) continue;
    resources[lng] = { ...resources[lng], [ns]: strings as ResourceLanguage };
  }
  const own = createInstance();
  void own.init({
    lng: options.lng ?? FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    resources: resources as Resource,
    ns: namespaces,
    defaultNS: namespaces[0] ?? false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<I18n['init']>[0]);
  const { stopListening, ...language } = languageApi(own);
  return { i18n: own, namespaces, overrideNs, ...language, owned: true, dispose: stopListening };
}

/**
 * A revision number that goes up when `i18n`'s language changes or strings are loaded, or strings of a namespace
 * `ours` accepts are added or removed, and subscribers told of it. Listens to i18next from the start until `stop`
 * (the widget's dispose); a subscriber after that listens again and counts a change, since one may have been missed.
 */
function i18nChanges(i18n: I18n, ours: (ns: string) => boolean) {
  const listeners = new Set<() => void>();
  let revision = 0;
  let listening = false;
  // Language events pass no namespace; the store's `added` and `removed` pass (lng, ns).
  const bump = (_: unknown, ns?: string) => {
    if (ns !== undefined && !ours(ns)) return;
    revision += 1;
    for (const listener of [...listeners]) listener();
  };
  const listen = (on: boolean) => {
    if (listening === on) return;
    listening = on;
    const how = on ? 'on' : 'off';
    i18n[how]('languageChanged', bump);
    i18n[how]('loaded', bump);
    i18n.store?.[how]('added', bump);
    i18n.store?.[how]('removed', bump);
  };
  listen(true);
  return {
    revision: () => revision,
    subscribe(onChange: () => void) {
      if (!listening) {
        listen(true);
        revision += 1;
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
    stop: () => listen(false),
  };
}

/**
 * `t`, with what a key alone (no options) gives remembered: the same words asked for by every row of a long list
 * are looked up once. Calls with options (counts, values, defaults) are passed through.
 */
function rememberingT(t: TFunction): TFunction {
  const known = new Map<string, unknown>();
  return ((...args: [string]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return (t as unknown as (...a: unknown[]) => unknown)(...args);
    if (!known.has(key)) known.set(key, t(key));
    return known.get(key);
  }) as unknown as TFunction;
}

/** `ltr` or `rtl` for a language tag. */
export function directionOf(i18n: I18n, lng?: string): 'ltr' | 'rtl' {
  return i18n.dir(lng ?? i18n.resolvedLanguage ?? i18n.language) === 'rtl' ? 'rtl' : 'ltr';
}

/** A translate function in the shape core's text builders need (summaries, agendas). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Binds a translate function to the namespaces of one widget instance. */
export function translator(ctx: Pick<WidgetI18n, 'i18n' | 'overrideNs'>, ns: string, lng?: string): Translate {
  const t = ctx.i18n.getFixedT(lng ?? ctx.i18n.resolvedLanguage ?? ctx.i18n.language ?? null, [ctx.overrideNs(ns), ns]);
  return (key, options) => String(t(key, options as never));
}
