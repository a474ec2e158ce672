import { selectKnowledge } from '@sdmkit/core';
import { useDecisionAidActions, useDecisionAidContent, useDecisionAidSelector } from '@sdmkit/hooks';
import { ChoiceGroup, ContentText, Heading, HeadingLevelProvider } from '@sdmkit/ui';
import { useDecisionAidContentLang } from '../i18n/use-decision-aid-content-lang.js';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/** Optional knowledge check: one radio group per question, feedback with the explanation once answered. */
export function KnowledgeCheck() {
  const { t } = useDecisionAidTranslation();
  const content = useDecisionAidContent();
  const cl = useDecisionAidContentLang();
  const answers = useDecisionAidSelector((s) => s.input.knowledge);
  const { answerKnowledge } = useDecisionAidActions();
  const questions = content.knowledgeCheck ?? [];
  if (questions.length === 0) return null;
  const result = selectKnowledge(content, { knowledge: answers } as Parameters<typeof selectKnowledge>[1]);
  // A part of the decision aid: an h3 under its title, unless the widget or the host says where it sits.
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <section className="sdm-KnowledgeCheck">
        <Heading className="sdm-KnowledgeCheck__heading">{t('knowledge.heading')}</Heading>
        <p>{t('knowledge.intro')}</p>
        {questions.map((q) => {
          const a = answers[q.id];
          const correct = a === q.correctChoiceId;
          return (
            <ChoiceGroup
              key={q.id}
              data-question-id={q.id}
              legend={q.question}
              textLang={cl}
              choices={q.choices.map((c) => ({
                key: c.id,
                label: c.label,
                lang: cl,
                checked: a === c.id,
                onChange: () => answerKnowledge(q.id, c.id),
              }))}
            >
              <div aria-live="polite" className="sdm-KnowledgeCheck__feedback">
                {a !== undefined ? (
                  <p data-correct={String(correct)}>
                    <strong>{t(correct ? 'knowledge.correct' : 'knowledge.incorrect')}</strong>{' '}
                    <ContentText lang={cl}>{q.explanation}</ContentText>
                  </p>
                ) : null}
              </div>
            </ChoiceGroup>
          );
        })}
        {result.answered === result.total ? (
          <p role="status">{t('knowledge.score', { count: result.correct, total: result.total })}</p>
        ) : null}
      </section>
    </HeadingLevelProvider>
  );
}
