import { mammographyScreeningEn, prostateTreatmentEn } from '@sdmkit/content';
import { createPersistence } from '@sdmkit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { decisionAidAr } from '../locales/ar.js';
import { DecisionAid } from './DecisionAid.js';

describe('DecisionAid on the server', () => {
  it('renders the first step without touching storage', () => {
    const storage = {
      getItem: () => {
        throw new Error('storage touched');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    const html = renderToString(<DecisionAid content={prostateTreatmentEn} persist={createPersistence({ storage })} />);
    expect(html).toContain('Should I choose active monitoring, surgery or radiotherapy?');
    expect(html).toContain('Step 1 of 7');
    expect(html).toContain('data-sdm-theme="default"');
  });

  it('renders encounter mode with the exact 10,000-icon arrays and an error state for invalid content', () => {
    const html = renderToString(
      <DecisionAid content={mammographyScreeningEn} mode="encounter" locale="ar" translations={[decisionAidAr]} />,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('lang="ar"');
    expect(html).toContain('data-total="10000"');
    expect(renderToString(<DecisionAid content={null} />)).toContain('role="alert"');
  });
});
