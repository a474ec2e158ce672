import type { ParseResult } from '@sdmkit/core';
import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { DemonstrationNotice } from '../DemonstrationNotice/DemonstrationNotice.js';
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
      <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} locale="ar" theme="dark" label="Demo">
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
      <WidgetShell widgetClass="sdm-Demo" bundles={[]} parsed={valid} i18n={host}>
        {() => <DemonstrationNotice demonstration />}
      </WidgetShell>,
    );
    expect(screen.getByText('Contenido de demostración')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('lang', 'es');
    expect(host.language).toBe('es');
    expect(host.t('hi', { ns: 'portal' })).toBe('Hola');
  });
});
