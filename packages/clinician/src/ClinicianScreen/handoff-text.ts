import type { DecisionAidHandoffText, QuestionListHandoffText, SureHelp } from '@sdmkit/core';

type T = (key: string, options?: Record<string, unknown>) => string;

const HELP: readonly SureHelp[] = ['certainty', 'information', 'values', 'support'];

/** The handoff wording of core's `decisionAidHandoff` and `questionListHandoff`, from the clinician namespace. */
export function handoffText(t: T): { decisionAid: DecisionAidHandoffText; questionList: QuestionListHandoffText } {
  const each = (prefix: string) =>
    Object.fromEntries(HELP.map((help) => [help, t(`${prefix}.${help}`)])) as Record<SureHelp, string>;
  const list = (items: readonly string[]) => items.join(t('handoff.listSeparator'));
  const names = (items: readonly string[]) => items.join(t('handoff.nameSeparator'));
  return {
    decisionAid: {
      sureQuestions: each('handoff.sureQuestions'),
      sureWhy: t('handoff.sureWhy'),
      heading: (title) => t('handoff.heading', { title }),
      leaning: (option) => t('handoff.leaning', { option }),
      leaningUnsure: t('handoff.leaningUnsure'),
      mattersMost: (labels) => t('handoff.mattersMost', { labels: list(labels) }),
      sureScore: (score) => t('handoff.sureScore', { score }),
      sureOpen: (open) => t('handoff.sureOpen', { names: names(open) }),
      sureNames: each('handoff.sureNames'),
    },
    questionList: { heading: t('handoff.questionList') },
  };
}
