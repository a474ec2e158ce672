import { selectKnowledge } from '@sdmkit/core';
import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { useId } from 'react';
import { useDaContentLang } from '../i18n/use-da-content-lang.js';
import { useDaTranslation } from '../i18n/use-da-translation.js';

/** Optional knowledge check: one radio group per question, feedback with the explanation once answered. */
export function KnowledgeCheck() {
  const { t } = useDaTranslation();
  const content = useDecisionAidContent();
  const cl = useDaContentLang();
  const answers = useDecisionAidSelector((s) => s.input.knowledge);
  const { answerKnowledge } = useDecisionAidActions();
  const base = useId();
  const questions = content.knowledgeCheck ?? [];
  if (questions.length === 0) return null;
  const result = selectKnowledge(content, { knowledge: answers } as Parameters<typeof selectKnowledge>[1]);
  return (
    <section className="sdm-KnowledgeCheck">
      <h3 className="sdm-KnowledgeCheck__heading">{t('knowledge.heading')}</h3>
      <p>{t('knowledge.intro')}</p>
      {questions.map((q) => {
        const a = answers[q.id];
        return (
          <fieldset key={q.id} className="sdm-Choice" data-question-id={q.id}>
            <legend {...cl}>{q.question}</legend>
            <div className="sdm-Choice__row">
              {q.choices.map((c) => (
                <label key={c.id} className="sdm-Choice__option">
                  <input
                    type="radio"
                    name={`${base}-${q.id}`}
                    checked={a === c.id}
                    onChange={() => answerKnowledge(q.id, c.id)}
                  />
                  <span {...cl}>{c.label}</span>
                </label>
              ))}
            </div>
            <div aria-live="polite" className="sdm-KnowledgeCheck__feedback">
              {a !== undefined ? (
                <p data-correct={a === q.correctChoiceId ? 'true' : 'false'}>
                  <strong>{a === q.correctChoiceId ? t('knowledge.correct') : t('knowledge.incorrect')}</strong>{' '}
                  {cl ? <span {...cl}>{q.explanation}</span> : q.explanation}
                </p>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {result.answered === result.total ? (
        <p role="status">{t('knowledge.score', { count: result.correct, total: result.total })}</p>
      ) : null}
    </section>
  );
}
