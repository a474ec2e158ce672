import type { NamespaceBundle, TranslationPack, WidgetI18n } from '@sdmkit/core';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SdmTranslationsProvider, useSdmTranslations } from './translations-context.js';
import { useSdmTranslation, useWidgetI18n, WidgetI18nProvider } from './widget-i18n-provider.js';

const bundle: NamespaceBundle = { ns: 'sdm-t', resources: { en: { hello: 'Hello' } } };
const es: TranslationPack = { lng: 'es', bundles: [{ ns: 'sdm-t', messages: { hello: 'Hola' } }] };
const ar: TranslationPack = { lng: 'ar', bundles: [{ ns: 'sdm-t', messages: { hello: 'مرحبا' } }] };

function Hello({ seen }: { seen?: WidgetI18n[] }) {
  const ctx = useWidgetI18n();
  seen?.push(ctx);
  const { t, lng, dir } = useSdmTranslation('sdm-t');
  return (
    <p lang={lng} dir={dir}>
      {t('hello')}
    </p>
  );
}

function Count() {
  return <output>{useSdmTranslations().length}</output>;
}

describe('SdmTranslationsProvider', () => {
  it('gives its packs to every widget inside; nested providers add theirs', () => {
    render(
      <SdmTranslationsProvider translations={[es]}>
        <SdmTranslationsProvider translations={[ar]}>
          <Count />
          <WidgetI18nProvider lng="ar" bundles={[bundle]}>
            <Hello />
          </WidgetI18nProvider>
        </SdmTranslationsProvider>
        <WidgetI18nProvider lng="es" bundles={[bundle]}>
          <Hello />
        </WidgetI18nProvider>
      </SdmTranslationsProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('2');
    expect(screen.getByText('مرحبا')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('Hola')).toHaveAttribute('lang', 'es');
  });

  it('adds packs given to the widget to those of the provider', () => {
    render(
      <SdmTranslationsProvider translations={[es]}>
        <WidgetI18nProvider lng="ar" bundles={[bundle]} translations={[ar]}>
          <Hello />
        </WidgetI18nProvider>
      </SdmTranslationsProvider>,
    );
    expect(screen.getByText('مرحبا')).toBeInTheDocument();
  });

  it('does not rebuild the i18n context for an inline array of the same packs, and does for new ones', () => {
    const seen: WidgetI18n[] = [];
    const { rerender } = render(
      <WidgetI18nProvider lng="es" bundles={[bundle]} translations={[es]}>
        <Hello seen={seen} />
      </WidgetI18nProvider>,
    );
    rerender(
      <WidgetI18nProvider lng="es" bundles={[bundle]} translations={[es]}>
        <Hello seen={seen} />
      </WidgetI18nProvider>,
    );
    expect(new Set(seen).size).toBe(1);
    rerender(
      <WidgetI18nProvider lng="ar" bundles={[bundle]} translations={[es, ar]}>
        <Hello seen={seen} />
      </WidgetI18nProvider>,
    );
    expect(new Set(seen).size).toBe(2);
    expect(screen.getByText('مرحبا')).toBeInTheDocument();
  });

  it('leaves out an invalid pack, says so once in development, and shows English', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const broken = { lng: 'es', bundles: [{ ns: 'sdm-t', messages: { hello: 1 } }] } as unknown as TranslationPack;
      const { rerender } = render(
        <WidgetI18nProvider lng="es" bundles={[bundle]} translations={[broken]}>
          <Hello />
        </WidgetI18nProvider>,
      );
      rerender(
        <WidgetI18nProvider lng="es" bundles={[bundle]} translations={[broken]}>
          <Hello />
        </WidgetI18nProvider>,
      );
      expect(screen.getByText('Hello')).toHaveAttribute('lang', 'en');
      const messages = warn.mock.calls.map((c) => String(c[0]));
      expect(messages.filter((m) => m.includes('invalid translation pack'))).toHaveLength(1);
      expect(messages.filter((m) => m.includes('no "es" strings for sdm-t'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('does not warn in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      render(
        <WidgetI18nProvider lng="ar" bundles={[bundle]}>
          <Hello />
        </WidgetI18nProvider>,
      );
      expect(screen.getByText('Hello')).toHaveAttribute('dir', 'ltr');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      process.env.NODE_ENV = env;
      warn.mockRestore();
    }
  });
});

describe('useSdmTranslation', () => {
  it('follows a host instance: its language changes and strings added or removed after mount, and lets go on unmount', async () => {
    const { createInstance } = await import('i18next');
    const host = createInstance();
    await host.init({ lng: 'en', resources: {}, initAsync: false, showSupportNotice: false } as never);
    const events = () =>
      ['languageChanged', 'loaded'].reduce((n, e) => n + ((host as unknown as Listeners).observers?.[e]?.size ?? 0), 0);
    const before = events();
    const { unmount } = render(
      <WidgetI18nProvider i18n={host} bundles={[bundle]} translations={[es]}>
        <Hello />
      </WidgetI18nProvider>,
    );
    expect(screen.getByText('Hello')).toHaveAttribute('lang', 'en');
    await act(() => host.changeLanguage('es'));
    expect(screen.getByText('Hola')).toHaveAttribute('lang', 'es');
    // The host rewords our string after mount (overwrite): the widget shows it without a remount.
    act(() => host.addResourceBundle('es', 'sdm-t', { hello: 'Buenas' }, true, true));
    expect(screen.getByText('Buenas')).toBeInTheDocument();
    // Strings for another namespace (another widget or the portal's own) do not re-render the widget.
    const seen: unknown[] = [];
    const { unmount: unmountProbe } = render(
      <WidgetI18nProvider i18n={host} bundles={[bundle]}>
        <Probe seen={seen} />
      </WidgetI18nProvider>,
    );
    const renders = seen.length;
    act(() => host.addResourceBundle('es', 'portal', { hello: 'Hola, portal' }, true, true));
    expect(seen).toHaveLength(renders);
    act(() => host.addResourceBundle('es', 'sdm-t', { hello: 'Buenas' }, true, true));
    expect(seen.length).toBeGreaterThan(renders);
    unmountProbe();
    // And takes its strings away: the widget falls back to English.
    act(() => host.removeResourceBundle('es', 'sdm-t'));
    expect(screen.getByText('Hello')).toHaveAttribute('lang', 'en');
    expect(events()).toBeGreaterThan(before);
    unmount();
    expect(events()).toBe(before);
  });

  it('keeps the same t between renders until the language or the strings change', async () => {
    const seen: unknown[] = [];
    const { rerender } = render(
      <WidgetI18nProvider lng="en" bundles={[bundle]} translations={[es]}>
        <Probe seen={seen} />
      </WidgetI18nProvider>,
    );
    rerender(
      <WidgetI18nProvider lng="en" bundles={[bundle]} translations={[es]}>
        <Probe seen={seen} />
      </WidgetI18nProvider>,
    );
    expect(seen[seen.length - 1]).toBe(seen[0]);
    rerender(
      <WidgetI18nProvider lng="es" bundles={[bundle]} translations={[es]}>
        <Probe seen={seen} />
      </WidgetI18nProvider>,
    );
    expect(await screen.findByText('Hola')).toBeInTheDocument();
    expect(seen[seen.length - 1]).not.toBe(seen[0]);
  });
});

function Probe({ seen }: { seen: unknown[] }) {
  const { t } = useSdmTranslation('sdm-t');
  seen.push(t);
  return <p>{t('hello')}</p>;
}

/** i18next's event emitter keeps its listeners per event name. */
interface Listeners {
  readonly observers?: Record<string, Map<unknown, number> | undefined>;
}
