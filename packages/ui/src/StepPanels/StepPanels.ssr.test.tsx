import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StepPanels } from './StepPanels.js';

describe('StepPanels on the server', () => {
  it('renders the current step only', () => {
    const html = renderToString(
      <StepPanels steps={['one', 'two', 'three']} current="two">
        {(step) => <p>Step {step}</p>}
      </StepPanels>,
    );
    expect(html).toContain('data-step-panel="two"');
    expect(html).toContain('Step <!-- -->two');
    expect(html).not.toMatch(/data-step-panel="(one|three)"/);
  });
});
