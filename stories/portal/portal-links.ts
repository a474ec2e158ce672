/*
 * The mock portal's own wording, in its three languages, for what the widgets hand on to each other. What flows
 * where is the library's (`decisionAidHandoff`, `questionListHandoff` from @sdmkit/core), which take this wording
 * as it is. The widgets never talk to each other directly: the host passes the results on.
 */
import type { DecisionAidHandoffText, QuestionListHandoffText } from '@sdmkit/core';

export type PortalLocale = 'en' | 'es' | 'ar';

export interface PortalText {
  readonly title: string;
  readonly intro: string;
  readonly decisionHeading: string;
  readonly questionsHeading: string;
  readonly visitHeading: string;
  /** What the decision aid hands on, worded as `decisionAidHandoff` takes it. */
  readonly decisionAid: DecisionAidHandoffText;
  /** What the question list hands on, worded as `questionListHandoff` takes it. */
  readonly questionList: QuestionListHandoffText;
}

export const portalText: Readonly<Record<PortalLocale, PortalText>> = {
  en: {
    title: 'My health portal (demonstration)',
    intro:
      'A made-up portal that shows how the three SDM Kit widgets work together. What you answer in one appears as a suggestion in the others.',
    decisionHeading: 'Weigh your options',
    questionsHeading: 'Questions for your visit',
    visitHeading: 'Get ready for your visit',
    decisionAid: {
      sureQuestions: {
        certainty: 'What else would help me feel sure about my choice?',
        information: 'Can we go over the benefits and risks of each option again?',
        values: 'Which benefits and risks matter most for someone like me?',
        support: 'Who else could help me make this choice?',
      },
      sureWhy: 'You answered “no” to a question in the readiness check of your decision aid.',
      heading: (title) => `From the decision aid: ${title}`,
      leaning: (option) => `Leaning towards: ${option}`,
      leaningUnsure: 'Leaning: not sure yet',
      mattersMost: (labels) => `Matters most: ${labels.join('; ')}`,
      sureScore: (score) => `Readiness check (SURE): ${score} of 4`,
      sureOpen: (names) => `Not yet sure about: ${names.join(', ')}`,
      sureNames: {
        certainty: 'feeling sure',
        information: 'benefits and risks',
        values: 'what matters most',
        support: 'support and advice',
      },
    },
    questionList: { heading: 'Top 3 questions from the question list' },
  },
  es: {
    title: 'Mi portal de salud (demostración)',
    intro:
      'Un portal inventado que muestra cómo funcionan juntos los tres widgets de SDM Kit. Lo que responde en uno aparece como sugerencia en los otros.',
    decisionHeading: 'Compare sus opciones',
    questionsHeading: 'Preguntas para su consulta',
    visitHeading: 'Prepárese para su consulta',
    decisionAid: {
      sureQuestions: {
        certainty: '¿Qué más me ayudaría a sentirme seguro de mi elección?',
        information: '¿Podemos repasar otra vez los beneficios y riesgos de cada opción?',
        values: '¿Qué beneficios y riesgos importan más para alguien como yo?',
        support: '¿Quién más podría ayudarme a tomar esta decisión?',
      },
      sureWhy: 'Respondió «no» a una pregunta de la prueba de preparación de su ayuda para decidir.',
      heading: (title) => `De la ayuda para decidir: ${title}`,
      leaning: (option) => `Se inclina por: ${option}`,
      leaningUnsure: 'Inclinación: aún no lo sabe',
      mattersMost: (labels) => `Lo que más le importa: ${labels.join('; ')}`,
      sureScore: (score) => `Prueba de preparación (SURE): ${score} de 4`,
      sureOpen: (names) => `Aún no está seguro sobre: ${names.join(', ')}`,
      sureNames: {
        certainty: 'sentirse seguro',
        information: 'beneficios y riesgos',
        values: 'lo que más le importa',
        support: 'apoyo y consejo',
      },
    },
    questionList: { heading: 'Las 3 preguntas principales de la lista de preguntas' },
  },
  ar: {
    title: 'بوابتي الصحية (عرض توضيحي)',
    intro: 'بوابة مُتخيَّلة توضّح كيف تعمل أدوات SDM Kit الثلاث معًا. ما تجيب عنه في أداة يظهر كاقتراح في الأدوات الأخرى.',
    decisionHeading: 'وازن بين خياراتك',
    questionsHeading: 'أسئلة لزيارتك',
    visitHeading: 'استعد لزيارتك',
    decisionAid: {
      sureQuestions: {
        certainty: 'ما الذي قد يساعدني أكثر على الشعور بالتأكد من اختياري؟',
        information: 'هل يمكننا مراجعة فوائد ومخاطر كل خيار مرة أخرى؟',
        values: 'ما الفوائد والمخاطر الأهم لشخص مثلي؟',
        support: 'من غيرك يمكنه مساعدتي في اتخاذ هذا القرار؟',
      },
      sureWhy: 'أجبت بـ«لا» عن سؤال في اختبار الاستعداد في أداة دعم القرار.',
      heading: (title) => `من أداة دعم القرار: ${title}`,
      leaning: (option) => `يميل إلى: ${option}`,
      leaningUnsure: 'الميل: لم يتحدد بعد',
      mattersMost: (labels) => `الأهم بالنسبة له: ${labels.join('; ')}`,
      sureScore: (score) => `اختبار الاستعداد (SURE): ${score} من 4`,
      sureOpen: (names) => `لم يتأكد بعد من: ${names.join(', ')}`,
      sureNames: {
        certainty: 'الشعور بالتأكد',
        information: 'الفوائد والمخاطر',
        values: 'ما يهمه أكثر',
        support: 'الدعم والمشورة',
      },
    },
    questionList: { heading: 'أهم 3 أسئلة من قائمة الأسئلة' },
  },
};

export function portalTextFor(locale: string): PortalText {
  return portalText[(locale in portalText ? locale : 'en') as PortalLocale];
}
