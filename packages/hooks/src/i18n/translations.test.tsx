import type { NamespaceBundle, TranslationPack, WidgetI18n } from '@sdmkit/core';
import { render, screen } from '@testing-library/react';
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
