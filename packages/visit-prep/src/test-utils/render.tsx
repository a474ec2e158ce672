import { newSymptomTemplates } from '@sdmkit/content';
import type { VisitPrepInput } from '@sdmkit/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { visitPrepAr } from '../locales/ar.js';
import { visitPrepEs } from '../locales/es.js';
import { VisitPrepRoot, type VisitPrepRootProps } from '../VisitPrepRoot/VisitPrepRoot.js';

/** Renders sections inside a visit-prep root with the English new-symptom template; reports every change. */
export function renderInRoot(children: ReactNode, props: Partial<VisitPrepRootProps> = {}) {
  const onValueChange = vi.fn<(input: VisitPrepInput) => void>();
  const view = render(
    <VisitPrepRoot
      content={newSymptomTemplates.en}
      onValueChange={onValueChange}
      translations={[visitPrepEs, visitPrepAr]}
      {...props}
    >
      {children}
    </VisitPrepRoot>,
  );
  const last = (): VisitPrepInput => {
    const calls = onValueChange.mock.calls;
    const call = calls[calls.length - 1];
    if (!call) throw new Error('no change reported yet');
    return call[0];
  };
  return { ...view, onValueChange, last };
}
