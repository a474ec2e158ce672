import { visitQuestionsEn } from '@sdmkit/content';
import { createMemoryStorage, createPersistence } from '@sdmkit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { QuestionList } from './QuestionList.js';

describe('QuestionList on the server', () => {
  it('renders every mode to HTML without touching storage', () => {
    const storage = createMemoryStorage();
    const getItem = vi.spyOn(storage, 'getItem');
    for (const mode of ['prepare', 'visit', 'summary'] as const) {
      const html = renderToString(
        <QuestionList
          content={visitQuestionsEn}
          mode={mode}
          persist={createPersistence({ storage })}
          defaultValue={{
            items: [
              {
                key: 'q:dx-what-else',
                source: 'library',
                questionId: 'dx-what-else',
                status: 'open',
                note: '',
                followUp: false,
              },
            ],
            dismissed: [],
            seq: 0,
          }}
        />,
      );
      expect(html).toContain('What else could it be?');
      expect(html).toContain('class="sdm-root sdm-QuestionList');
    }
    expect(getItem).not.toHaveBeenCalled();
  });

  it('renders the error state for invalid content', () => {
    expect(renderToString(<QuestionList content={{ nope: true }} />)).toContain('$.schemaVersion');
  });
});
