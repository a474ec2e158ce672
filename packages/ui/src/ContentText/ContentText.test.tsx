import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContentText } from './ContentText.js';

describe('ContentText', () => {
  it('wraps the text in its own lang and dir when the content language differs from the interface', () => {
    const { container } = render(
      <li>
        <ContentText lang={{ lang: 'en', dir: 'ltr' }}>
          Active surveillance <a href="#s">doi</a>
        </ContentText>
      </li>,
    );
    const span = container.querySelector('li > span');
    expect(span).toHaveAttribute('lang', 'en');
    expect(span).toHaveAttribute('dir', 'ltr');
    expect(span).toHaveTextContent('Active surveillance doi');
  });

  it('leaves same-language text unwrapped, so the markup does not change', () => {
    const { container } = render(
      <li>
        <ContentText lang={undefined}>Active surveillance</ContentText>
      </li>,
    );
    expect(container.querySelector('li')!.innerHTML).toBe('Active surveillance');
  });
});
