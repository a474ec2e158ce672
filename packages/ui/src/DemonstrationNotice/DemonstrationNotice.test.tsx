import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { DemonstrationNotice } from './DemonstrationNotice.js';

describe('DemonstrationNotice', () => {
  it('marks demonstration content', () => {
    renderInWidget(<DemonstrationNotice demonstration />);
    expect(screen.getByRole('complementary', { name: 'Demonstration content' })).toHaveTextContent(
      'not medical advice',
    );
  });

  it('shows nothing for real content', () => {
    const { container } = renderInWidget(<DemonstrationNotice demonstration={false} />);
    expect(container.querySelector('.sdm-DemonstrationNotice')).toBeNull();
  });
});
