import { createInstance, type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';

/** Strings of one namespace in one language; nested objects allowed, plurals as `_one`/`_other`/… keys. */
export type Messages = { readonly [key: string]: string | Messages };

/** A package's namespace with its strings in every language it ships. */
export interface NamespaceBundle {
  readonly ns: string;
  readonly resources: Readonly<Record<string, Messages>>;
}

/** Host overrides: language -> namespace -> strings. Only the keys given are replaced. */
export type MessageOverrides = Readonly<Record<string, Readonly<Record<string, Messages>>>>;

export interface WidgetI18nOptions {
  /** The host's i18next instance. We add our namespaces without overwriting its strings. */
  readonly i18n?: I18n | undefined;
  /** Language to use when we create our own instance (default `en`). Ignored with a host instance. */
  readonly lng?: string | undefined;
  readonly bundles: readonly NamespaceBundle[];
  readonly overrides?: MessageOverrides | undefined;
  /** Unique per widget instance: names the namespace that holds this instance's overrides. */
  readonly instanceId: string;
}

export interface WidgetI18n {
  readonly i18n: I18n;
  /** The package namespaces this widget uses. */
  readonly namespaces: readonly string[];
  /** This instance's override namespace for a package namespace. */
  overrideNs(ns: string): string;
  /** True when we made the instance. */
  readonly owned: boolean;
  /** Removes this instance's override namespaces from a host instance. */
  dispose(): void;
}

export interface WidgetI18n {
  readonly i18n: I18n;
  /** The package namespaces this widget uses. */
  readonly namespaces: readonly string[];
  /** This instance's override namespace for a package namespace. */
  overrideNs(ns: string): string;
  /** True when we made the instance. */
  readonly owned: boolean;
  /** Removes this instance's override namespaces from a host instance. */
  dispose(): void;
}

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
  const overrideEntries: [lng: string, ns: string, strings: Messages][] = [];
  for (const [lng, byNs] of Object.entries(options.overrides ?? {})) {
    for (const [ns, strings] of Object.entries(byNs)) overrideEntries.push([lng, overrideNs(ns), strings]);
  }

  if (options.i18n) {
    const host = options.i18n;
    for (const bundle of options.bundles) {
      for (const [lng, strings] of Object.entries(bundle.resources)) {
        host.addResourceBundle(lng, bundle.ns, strings as ResourceLanguage, true, false);
      }
    }
    for (const [lng, ns, strings] of overrideEntries) {
      host.addResourceBundle(lng, ns, strings as ResourceLanguage, true, true);
    }
    return {
      i18n: host,
      namespaces,
      overrideNs,
      owned: false,
      dispose() {
        for (const [lng, ns] of overrideEntries) host.removeResourceBundle(lng, ns);
      },
    };
  }

  const resources: Record<string, Record<string, ResourceLanguage>> = {};
  const put = (lng: string, ns: string, strings: Messages) => {
    resources[lng] = { ...resources[lng], [ns]: strings as ResourceLanguage };
  };
  for (const bundle of options.bundles) {
    for (const [lng, strings] of Object.entries(bundle.resources)) put(lng, bundle.ns, strings);
  }
  for (const [lng, ns, strings] of overrideEntries) put(lng, ns, strings);
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
  return { i18n: own, namespaces, overrideNs, owned: true, dispose() {} };
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
