import type { NamespaceBundle, TranslationPack } from '@sdmkit/core';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { type ContentLanguage, useContentLanguage } from './use-content-language.js';
import { useWidgetI18n, WidgetI18nProvider } from './widget-i18n-provider.js';

const bundle: NamespaceBundle = { ns: 'sdm-t', resources: { en: { hello: 'Hello' } } };
const ar: TranslationPack = { lng: 'ar', bundles: [{ ns: 'sdm-t', messages: { hello: 'مرحبا' } }] };
const es: TranslationPack = { lng: 'es', bundles: [{ ns: 'sdm-t', messages: { hello: 'Hola' } }] };

function inWidget(lng: string) {
  return ({ children }: { children: ReactNode }) => (
    <WidgetI18nProvider lng={lng} bundles={[bundle]} translations={[ar, es]}>
      {children}
    </WidgetI18nProvider>
  );
}

interface ProbeState {
  change?: (lng: string) => Promise<unknown>;
}

function Probe({ seen, probe }: { seen: (ContentLanguage | undefined)[]; probe: ProbeState }) {
  const ctx = useWidgetI18n();
  probe.change = (lng) => ctx.i18n.changeLanguage(lng);
  const contentLang = useContentLanguage('en');
  seen.push(contentLang);
  return <p {...contentLang}>content</p>;
}

describe('useContentLanguage', () => {
  it('is undefined when the content is in the language the interface shows', () => {
    const { result } = renderHook(() => useContentLanguage('en'), { wrapper: inWidget('en') });
    expect(result.current).toBeUndefined();
  });

  it('compares base languages, so regional variants count as the same language', () => {
    expect(renderHook(() => useContentLanguage('en-GB'), { wrapper: inWidget('en') }).result.current).toBeUndefined();
    expect(renderHook(() => useContentLanguage('es'), { wrapper: inWidget('es-MX') }).result.current).toBeUndefined();
  });

  it('gives the content language and its direction when the base languages differ', () => {
    const { result } = renderHook(() => useContentLanguage('en-GB'), { wrapper: inWidget('ar') });
    expect(result.current).toEqual({ lang: 'en-GB', dir: 'ltr' });
  });

  it('gives rtl for Arabic content inside the English interface', () => {
    const { result } = renderHook(() => useContentLanguage('ar'), { wrapper: inWidget('en') });
    expect(result.current).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('compares with the language really shown: asked for a language without strings, English is shown', () => {
    const { result } = renderHook(() => useContentLanguage('en'), { wrapper: inWidget('fr') });
    expect(result.current).toBeUndefined();
    const fr = renderHook(() => useContentLanguage('fr'), { wrapper: inWidget('fr') });
    expect(fr.result.current).toEqual({ lang: 'fr', dir: 'ltr' });
  });

  it('returns the same object between renders, and follows a change of interface language', async () => {
    const seen: (ContentLanguage | undefined)[] = [];
    const probe: ProbeState = {};
    const { rerender } = render(<Probe seen={seen} probe={probe} />, { wrapper: inWidget('ar') });
    rerender(<Probe seen={seen} probe={probe} />);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toBe(seen[0]);
    expect(screen.getByText('content')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('content')).toHaveAttribute('dir', 'ltr');
    await act(async () => {
      await probe.change?.('en');
    });
    expect(screen.getByText('content')).not.toHaveAttribute('lang');
    expect(screen.getByText('content')).not.toHaveAttribute('dir');
  });
});
