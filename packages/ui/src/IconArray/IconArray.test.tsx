import { WidgetI18nProvider } from '@sdmkit/hooks';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uiBundle } from '../i18n/resources.js';
import { uiAr } from '../locales/ar.js';
import { WidgetRoot } from '../WidgetRoot/WidgetRoot.js';
import { IconArray } from './IconArray.js';

function renderIn(lng: string, ui: React.ReactNode) {
  return render(
    <WidgetI18nProvider lng={lng} bundles={[uiBundle]} translations={[uiAr]}>
      <WidgetRoot widgetClass="sdm-Test">{ui}</WidgetRoot>
    </WidgetI18nProvider>,
  );
}

const pathCount = (d: string | null) => (d?.match(/M/g)?.length ?? 0) / 2;

describe('IconArray', () => {
  it('draws the whole denominator with events and non-events, and says both frames in words', () => {
    const { container } = renderIn(
      'en',
      <IconArray total={100} events={12} eventText="get better" nonEventText="do not get better" title="Option A" />,
    );
    const img = screen.getByRole('img');
    expect(img).toHaveAccessibleName('Option A: 12 out of 100 get better. 88 out of 100 do not get better.');
    expect(pathCount(container.querySelector('.sdm-IconArray__event')!.getAttribute('d'))).toBe(12);
    expect(pathCount(container.querySelector('.sdm-IconArray__none')!.getAttribute('d'))).toBe(88);
    const words = container.querySelector('.sdm-IconArray__words')!;
    expect(words.querySelector('[data-kind="event"]')).toHaveTextContent('12 out of 100 get better');
    expect(words.querySelector('p[data-kind="none"]')).toHaveTextContent('88 out of 100 do not get better');
    // Table alternative.
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'get better' })).toBeInTheDocument();
  });

  it('marks texts from content in another language, and only those, with their own lang and dir', () => {
    const en = { lang: 'en', dir: 'ltr' } as const;
    const { container } = renderIn(
      'ar',
      <IconArray
        total={100}
        events={12}
        eventText="get better"
        nonEventText="the others"
        title="Option A"
        textLang={{ title: en, eventText: en }}
      />,
    );
    expect(container.querySelector('figcaption')).toHaveAttribute('lang', 'en');
    const event = screen.getAllByText('get better');
    expect(event.map((el) => [el.tagName, el.getAttribute('lang'), el.getAttribute('dir')])).toEqual([
      ['SPAN', 'en', 'ltr'],
      ['TH', 'en', 'ltr'],
    ]);
    expect(event[0]?.parentElement).not.toHaveAttribute('lang');
    for (const el of screen.getAllByText('the others')) expect(el).not.toHaveAttribute('lang');
  });

  it('adds no lang and no wrapper without textLang', () => {
    const { container } = renderIn(
      'en',
      <IconArray total={100} events={12} eventText="get better" nonEventText="do not" title="Option A" />,
    );
    expect(container.querySelectorAll('.sdm-IconArray [lang], .sdm-IconArray [dir]')).toHaveLength(0);
    expect(container.querySelector('p[data-kind="event"] > span:not(.sdm-IconArray__key)')?.children).toHaveLength(1);
  });

  it('uses 1000 icons in 40 columns and says the figure exactly', () => {
    const { container } = renderIn('en', <IconArray total={1000} events={6} eventText="a" nonEventText="b" />);
    expect(container.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 400 250');
    expect(screen.getByRole('img')).toHaveAccessibleName('6 out of 1000 a. 994 out of 1000 b.');
    expect(container.querySelector('.sdm-IconArray__event')).toHaveAttribute('data-count', '6');
  });

  it('draws 10,000 as one bar per row and kind, with the exact counts in words and in the table', () => {
    const { container } = renderIn('en', <IconArray total={10000} events={55} eventText="a" nonEventText="b" />);
    expect(container.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 1000 1000');
    // 55 events: the whole first row (100) is not needed; one bar of 55, then the others: 45 in row 0 + 99 rows.
    expect(container.querySelector('.sdm-IconArray__event')!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(container.querySelector('.sdm-IconArray__none')!.getAttribute('d')!.match(/M/g)).toHaveLength(100);
    expect(screen.getByRole('img')).toHaveAccessibleName('55 out of 10000 a. 9945 out of 10000 b.');
    expect(screen.getByRole('table', { hidden: true })).toHaveTextContent('55 out of 10000');
  });

  it('shows a study group of its own size person by person', () => {
    const { container } = renderIn('en', <IconArray total={545} events={8} eventText="a" nonEventText="b" />);
    expect(container.querySelector('svg')).toHaveAttribute('data-columns', '24');
    expect(container.querySelector('.sdm-IconArray__none')).toHaveAttribute('data-count', '537');
    expect(screen.getByRole('img')).toHaveAccessibleName('8 out of 545 a. 537 out of 545 b.');
  });

  it('mirrors the fill corner in right-to-left and uses the language of the widget', () => {
    const { container } = renderIn('ar', <IconArray total={100} events={1} eventText="حدث" nonEventText="لم يحدث" />);
    // The first event sits in the last column (x = 90) in RTL.
    expect(container.querySelector('.sdm-IconArray__event')!.getAttribute('d')).toMatch(/^M95 0\.6/);
    expect(screen.getByRole('img')).toHaveAccessibleName('1 من كل 100 حدث. 99 من كل 100 لم يحدث.');
  });
});
