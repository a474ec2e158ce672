import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Bar } from './Bar.js';

describe('Bar on the server', () => {
  it('renders no style attribute, so a strict style-src Content-Security-Policy has nothing to block', () => {
    const html = renderToString(<Bar className="track" fillClassName="fill" percent={40} />);
    expect(html).not.toContain('style=');
    expect(html).toContain('class="fill"');
  });
});
