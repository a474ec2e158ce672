// Server rendering then hydration in real Chromium, for every widget and language: the server HTML (from
// react-dom/server, as a portal's server would produce it) must hydrate with no mismatch, no recoverable error and
// no console error or warning, and the widget must work afterwards. The Spanish and Arabic packs come through an
// SdmTranslationsProvider (decision aid, question list) or the `translations` prop (visit prep), and the root's
// `lang` must be the language asked for (no silent fall back to English).
import { decisionAids, visitPrepTemplates, visitQuestionsByLocale } from '@sdmkit/content';
import { DecisionAid } from '@sdmkit/decision-aid';
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { decisionAidEs } from '@sdmkit/decision-aid/locales/es';
import { SdmTranslationsProvider } from '@sdmkit/hooks';
import { QuestionList } from '@sdmkit/question-list';
import { questionListAr } from '@sdmkit/question-list/locales/ar';
import { questionListEs } from '@sdmkit/question-list/locales/es';
import { VisitPrep } from '@sdmkit/visit-prep';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import { visitPrepEs } from '@sdmkit/visit-prep/locales/es';
import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
  host = null;
  vi.restoreAllMocks();
});

const portalPacks = [decisionAidEs, decisionAidAr, questionListEs, questionListAr];
const visitPrepPacks = [visitPrepEs, visitPrepAr];

async function hydrates(element: ReactElement, lang: string) {
  const html = renderToString(element);
  expect(html.length).toBeGreaterThan(100);
  host = document.createElement('div');
  // The server's own output, as the portal page would contain it.
  host.innerHTML = html;
  document.body.append(host);
  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  const consoleWarn = vi.spyOn(console, 'warn').mockImplementation((...args) => errors.push(args));
  await act(async () => {
    root = hydrateRoot(host as HTMLElement, element, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
  consoleError.mockRestore();
  consoleWarn.mockRestore();
  expect(errors.map(String)).toEqual([]);
  // Hydrated, not replaced: the same server-rendered root element is still in place and is interactive.
  expect(host?.querySelector('.sdm-root')).not.toBeNull();
  expect(host?.querySelector('.sdm-root')?.getAttribute('lang')).toBe(lang);
  expect(host?.querySelectorAll('button').length).toBeGreaterThan(0);
}

describe('server render + hydration', () => {
  for (const [id, byLocale] of Object.entries(decisionAids)) {
    for (const [locale, doc] of Object.entries(byLocale)) {
      it(`DecisionAid ${id} (${locale})`, () =>
        hydrates(
          <SdmTranslationsProvider translations={portalPacks}>
            <DecisionAid content={doc} locale={locale} />
          </SdmTranslationsProvider>,
          locale,
        ));
      it(`DecisionAid ${id} (${locale}, encounter)`, () =>
        hydrates(
          <SdmTranslationsProvider translations={portalPacks}>
            <DecisionAid content={doc} locale={locale} mode="encounter" />
          </SdmTranslationsProvider>,
          locale,
        ));
    }
  }
  for (const [kind, byLocale] of Object.entries(visitPrepTemplates)) {
    for (const [locale, doc] of Object.entries(byLocale)) {
      it(`VisitPrep ${kind} (${locale})`, () =>
        hydrates(
          <VisitPrep
            content={doc}
            locale={locale}
            translations={visitPrepPacks}
            today={new Date('2026-11-21T12:00:00Z')}
          />,
          locale,
        ));
    }
  }
  for (const [locale, doc] of Object.entries(visitQuestionsByLocale)) {
    for (const mode of ['prepare', 'visit', 'summary'] as const) {
      it(`QuestionList (${locale}, ${mode})`, () =>
        hydrates(
          <SdmTranslationsProvider translations={portalPacks}>
            <QuestionList content={doc} locale={locale} mode={mode} />
          </SdmTranslationsProvider>,
          locale,
        ));
    }
  }
});
