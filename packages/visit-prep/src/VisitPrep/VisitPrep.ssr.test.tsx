import { newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import { createMemoryStorage, createPersistence } from '@sdmkit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { visitPrepAr } from '../locales/ar.js';
import { VisitPrep } from './VisitPrep.js';

describe('VisitPrep on the server', () => {
  it('renders the first step without touching storage', () => {
    const storage = createMemoryStorage();
    const html = renderToString(
      <VisitPrep content={newSymptomTemplates.en} persist={createPersistence({ storage })} />,
    );
    expect(html).toContain('Get ready to talk about a new symptom');
    expect(html).toContain('Main reason for the visit');
    expect(storage.map.size).toBe(0);
  });

  it('renders the agenda in Arabic, right to left', () => {
    const html = renderToString(
      <VisitPrep
        content={newSymptomTemplates.ar}
        locale="ar"
        translations={[visitPrepAr]}
        defaultValue={sampleVisitPrepInput}
      />,
    );
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('ملخص لفريق رعايتك');
    expect(html).toContain('Tight chest when I climb stairs');
  });

  it('renders the error state for an invalid template', () => {
    const html = renderToString(<VisitPrep content={{ schemaVersion: 1 }} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('$.meta');
  });
});
