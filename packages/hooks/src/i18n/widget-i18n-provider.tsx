import {
  createWidgetI18n,
  isTranslationPack,
  type MessageOverrides,
  type NamespaceBundle,
  type TranslationPack,
  type WidgetI18n,
} from '@sdmkit/core';
import type { i18n as I18n } from 'i18next';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useSdmTranslations } from './translations-context.js';

// Replaced by the host's bundler, as for React itself.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

const I18nContext = createContext<WidgetI18n | null>(null);
I18nContext.displayName = 'SdmI18nContext';

/** Props of `WidgetI18nProvider`, which gives one widget instance its own i18n context. */
export interface WidgetI18nProviderProps {
  /** The host's i18next instance; without one the widget makes its own. */
  readonly i18n?: I18n | undefined;
  /** Language for the widget's own instance (ignored when the host's instance is given). */
  readonly lng?: string | undefined;
  /** The namespaces this widget needs (its package's and the shared UI's), with their built-in strings. */
  readonly bundles: readonly NamespaceBundle[];
  /**
   * Translation packs (other languages), added to the packs of any enclosing `SdmTranslationsProvider`.
   * Compared item by item, so an inline array does not rebuild the widget's i18n on every render.
   */
  readonly translations?: readonly TranslationPack[] | undefined;
  /** Host overrides for any string: language -> namespace -> keys. */
  readonly overrides?: MessageOverrides | undefined;
  readonly children?: ReactNode;
}

const NO_PACKS: readonly TranslationPack[] = [];

function samePacks(a: readonly TranslationPack[], b: readonly TranslationPack[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** One i18n context per widget instance. Never touches the host's global instance or its strings. */
export function WidgetI18nProvider({
  i18n,
  lng,
  bundles,
  translations = NO_PACKS,
  overrides,
  children,
}: WidgetI18nProviderProps) {
  const instanceId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hostPacks = useSdmTranslations();
  const packs = hostPacks.length === 0 ? translations : [...hostPacks, ...translations];
  const [ctx, setCtx] = useState(() => ({
    key: { i18n, overrides, packs },
    value: createWidgetI18n({ i18n, lng, bundles, translations: packs, overrides, instanceId }),
  }));
  let value = ctx.value;
  let activePacks = ctx.key.packs;
  if (ctx.key.i18n !== i18n || ctx.key.overrides !== overrides || !samePacks(ctx.key.packs, packs)) {
    value = createWidgetI18n({ i18n, lng, bundles, translations: packs, overrides, instanceId });
    activePacks = packs;
    setCtx({ key: { i18n, overrides, packs }, value });
  }
  const active = value;

  useEffect(() => () => active.dispose(), [active]);

  useEffect(() => {
    if (active.owned && lng && active.i18n.language !== lng) void active.i18n.changeLanguage(lng);
  }, [active, lng]);

  // Development warnings. `process.env.NODE_ENV` is written out in full, as React's own code does, so the
  // bundler that replaces it for React (every React build needs it) also drops these from production bundles.
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const invalid = activePacks.filter((p) => !isTranslationPack(p)).length;
    if (invalid > 0) console.warn(`SDM Kit: ${invalid} invalid translation pack(s) left out.`);
  }, [activePacks]);

  return (
    <I18nContext.Provider value={active}>
      {process.env.NODE_ENV === 'production' ? null : <FallbackWarning />}
      {children}
    </I18nContext.Provider>
  );
}

/**
 * Development only: says once per widget and language when the language asked for has no strings for some of the
 * widget's namespaces, so English is shown instead.
 */
function FallbackWarning() {
  const ctx = useWidgetI18n();
  // Subscribes to the host instance's language changes.
  useI18nChanges(ctx);
  const asked = ctx.i18n.language;
  const warned = useRef(new Set<string>());
  useEffect(() => {
    if (!asked || asked === 'cimode' || warned.current.has(asked)) return;
    const shown = ctx.shownLanguage(asked);
    if (shown.split('-')[0] === asked.split('-')[0]) return;
    warned.current.add(asked);
    console.warn(
      `SDM Kit: no "${asked}" strings for ${ctx.missingNamespaces(asked).join(', ')}; showing English. ` +
        `Pass the translation pack (e.g. import from '@sdmkit/<widget>/locales/${asked}') in \`translations\` ` +
        'or an <SdmTranslationsProvider>.',
    );
  }, [ctx, asked]);
  return null;
}

/** The i18n context of the enclosing widget (its `WidgetI18nProvider`); throws outside a widget. */
export function useWidgetI18n(): WidgetI18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('SDM Kit: useSdmTranslation was used outside a widget (no <WidgetI18nProvider>).');
  return ctx;
}

/**
 * Re-renders the calling component when the widget's language changes, or when strings of one of the widget's
 * namespaces (or this instance's overrides) are added or removed, and returns a value that changes with them.
 * Strings added to other namespaces of a shared host instance (another widget mounting) do not re-render it.
 * The language is part of the snapshot, so a change between render and subscription is seen.
 */
export function useI18nChanges(ctx: WidgetI18n): string {
  const snapshot = () => `${ctx.i18n.language}|${ctx.revision()}`;
  return useSyncExternalStore(ctx.subscribe, snapshot, snapshot);
}

/**
 * `t` for one package namespace, with this widget instance's overrides looked up first. `lng` is the language
 * really shown: the one asked for when the widget has its strings, English otherwise (see
 * `WidgetI18n.shownLanguage`), and `dir` follows it. Re-renders on language and string changes.
 */
export function useSdmTranslation(ns: string) {
  const ctx = useWidgetI18n();
  const { i18n } = ctx;
  const version = useI18nChanges(ctx);
  const lng = ctx.shownLanguage(i18n.language);
  // Keys are looked up in the override namespace first, then in the package's own. `version` gives a new `t`
  // when strings or the language change, so memoised output that depends on `t` is recomputed. Every component of
  // the widget shares that `t` (and the words it has looked up).
  // biome-ignore lint/correctness/useExhaustiveDependencies: version stands for the strings held by i18n.
  const t = useMemo(() => ctx.fixedT(lng, ns), [ctx, lng, ns, version]);
  return { t, i18n, lng, dir: ctx.dir(lng) };
}
