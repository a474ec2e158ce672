import type { ParseResult } from '@sdmkit/core';
import { SdmTranslationsProvider } from '@sdmkit/hooks';
import { act, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { DemonstrationNotice } from '../DemonstrationNotice/DemonstrationNotice.js';
import { uiAr } from '../locales/ar.js';
import { uiEs } from '../locales/es.js';
import { WidgetShell } from './WidgetShell.js';

const valid: ParseResult<{ title: string }> = { ok: true, value: { title: 'Hello' }, issues: [] };
const invalid: ParseResult<{ title: string }> = {
  ok: false,
  value: undefined,
  issues: [{ code: 'required', path: '$.title', segments: ['title'], message: 'Missing.' }],
};

describe('WidgetShell', () => {
  it('renders valid content inside a themed root with lang and dir', () => {
    const { container } = render(
      <WidgetShell
        widgetClass="sdm-Demo"
        bundles={[]}
        parsed={valid}
        locale="ar"
        translations={[uiAr]}
        theme="dark"
        label="Demo"
      >
        {(content) => <p>{content.title}</p>}
      </WidgetShell>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('sdm-root', 'sdm-Demo');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('data-sdm-theme', 'dark');
    expect(screen.getByRole('region', { name: 'Demo' })).toHaveTextContent('Hello');
  });

  it('shows the error state for invalid content and tells the host', () => {
    const onContentError = vi.fn();
    render(
      <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={invalid} onContentError={onContentError}>
        {() => <p>never</p>}
      </WidgetShell>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('never')).not.toBeInTheDocument();
    expect(onContentError).toHaveBeenCalledWith(invalid.issues);
  });

  it('lets the host replace any string for this widget only', () => {
    render(
      <>
        <WidgetShell
          widgetClass="sdm-Demo"
          bundles={[]}
          parsed={valid}
          messages={{ en: { 'sdm-ui': { demonstration: { title: 'Example only' } } } }}
        >
          {() => <DemonstrationNotice demonstration />}
        </WidgetShell>
        <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid}>
          {() => <DemonstrationNotice demonstration />}
        </WidgetShell>
      </>,
    );
    expect(screen.getByRole('complementary', { name: 'Example only' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Demonstration content' })).toBeInTheDocument();
  });

  it('follows the host i18next instance without changing it', async () => {
    const host = createInstance();
    await host.init({ lng: 'es', resources: { es: { portal: { hi: 'Hola' } } } });
    const { container } = render(
      <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} i18n={host} translations={[uiEs]}>
        {() => <DemonstrationNotice demonstration />}
      </WidgetShell>,
    );
    expect(screen.getByText('Contenido de demostración')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(host.language).toBe('es');
    expect(host.t('hi', { ns: 'portal' })).toBe('Hola');
  });

  it('adds packs to the host instance without overwriting the host strings, and follows its language', async () => {
    const host = createInstance();
    await host.init({
      lng: 'es',
      resources: { es: { 'sdm-ui': { demonstration: { title: 'Demostración (del portal)' } } } },
    });
    const { container } = render(
      <SdmTranslationsProvider translations={[uiEs, uiAr]}>
        <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} i18n={host}>
          {() => <DemonstrationNotice demonstration />}
        </WidgetShell>
      </SdmTranslationsProvider>,
    );
    expect(screen.getByText('Demostración (del portal)')).toBeInTheDocument();
    // Keys the host does not have come from the pack.
    expect(host.getResource('es', 'sdm-ui', 'close')).toBe('Cerrar');
    await act(() => host.changeLanguage('ar'));
    expect(container.firstElementChild).toHaveAttribute('lang', 'ar');
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('محتوى توضيحي')).toBeInTheDocument();
  });

  it('shows English under lang="en" dir="ltr" when there is no pack for the language, own or host instance', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const own = render(
        <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} locale="ar" translations={[uiEs]}>
          {() => <DemonstrationNotice demonstration />}
        </WidgetShell>,
      );
      expect(own.container.firstElementChild).toHaveAttribute('lang', 'en');
      expect(own.container.firstElementChild).toHaveAttribute('dir', 'ltr');
      expect(screen.getByText('Demonstration content')).toBeInTheDocument();
      own.unmount();

      const host = createInstance();
      await host.init({ lng: 'ar', resources: { ar: { portal: { hi: 'مرحبا' } } } });
      const hosted = render(
        <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} i18n={host}>
          {() => <DemonstrationNotice demonstration />}
        </WidgetShell>,
      );
      expect(hosted.container.firstElementChild).toHaveAttribute('lang', 'en');
      expect(hosted.container.firstElementChild).toHaveAttribute('dir', 'ltr');
      expect(screen.getByText('Demonstration content')).toBeInTheDocument();
      expect(host.language).toBe('ar');
      expect(warn.mock.calls.filter((c) => String(c[0]).includes('no "ar" strings for sdm-ui'))).toHaveLength(2);
    } finally {
      warn.mockRestore();
    }
  });

  it('keeps a regional language when its base language has a pack (es-MX shows es)', () => {
    const { container } = render(
      <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} locale="es-MX" translations={[uiEs]}>
        {() => <DemonstrationNotice demonstration />}
      </WidgetShell>,
    );
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(screen.getByText('Contenido de demostración')).toBeInTheDocument();
  });
});
