import {
  createWidgetI18n,
  directionOf,
  type MessageOverrides,
  type NamespaceBundle,
  type WidgetI18n,
} from '@sdmkit/core';
import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, useContext, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const I18nContext = createContext<WidgetI18n | null>(null);
I18nContext.displayName = 'SdmI18nContext';

export interface WidgetI18nProviderProps {
  /** The host's i18next instance; without one the widget makes its own. */
  readonly i18n?: I18n | undefined;
  /** Language for the widget's own instance (ignored when the host's instance is given). */
  readonly lng?: string | undefined;
  /** The namespaces this widget needs (its package's and the shared UI's). */
  readonly bundles: readonly NamespaceBundle[];
  /** Host overrides for any string: language -> namespace -> keys. */
  readonly overrides?: MessageOverrides | undefined;
  readonly children?: ReactNode;
}

/** One i18n context per widget instance. Never touches the host's global instance or its strings. */
export function WidgetI18nProvider({ i18n, lng, bundles, overrides, children }: WidgetI18nProviderProps) {
  const instanceId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [ctx, setCtx] = useState(() => ({
    key: { i18n, overrides },
    value: createWidgetI18n({ i18n, lng, bundles, overrides, instanceId }),
  }));
  let value = ctx.value;
  if (ctx.key.i18n !== i18n || ctx.key.overrides !== overrides) {
    value = createWidgetI18n({ i18n, lng, bundles, overrides, instanceId });
    setCtx({ key: { i18n, overrides }, value });
  }
  const active = value;

  useEffect(() => () => active.dispose(), [active]);

  useEffect(() => {
    if (active.owned && lng && active.i18n.language !== lng) void active.i18n.changeLanguage(lng);
  }, [active, lng]);

  return <I18nContext.Provider value={active}>{children}</I18nContext.Provider>;
}

export function useWidgetI18n(): WidgetI18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('SDM Kit: useSdmTranslation was used outside a widget (no <WidgetI18nProvider>).');
  return ctx;
}

/** `t` for one package namespace, with this widget instance's overrides looked up first. */
export function useSdmTranslation(ns: string) {
  const ctx = useWidgetI18n();
  // `nsMode: 'fallback'`: look keys up in the override namespace first, then in the package's own. Without it
  // react-i18next binds `t` to the first namespace only and every string comes back as its key.
  const { t, i18n } = useTranslation([ctx.overrideNs(ns), ns], { i18n: ctx.i18n, nsMode: 'fallback' });
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return { t, i18n, lng, dir: directionOf(i18n, lng) };
}
