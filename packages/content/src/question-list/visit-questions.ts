import type { PromptList } from '@sdmkit/core';
import { questionListSources } from './sources.js';

type Lang = 'en' | 'es' | 'ar';
type Words = Readonly<Record<Lang, readonly [text: string, why: string]>>;

interface Row {
  readonly id: string;
  readonly categoryId: string;
  readonly tags?: readonly string[];
  /** Where the question comes from; none for plain-language questions written by the SDM Kit editors. */
  readonly sourceIds?: readonly string[];
  readonly words: Words;
}

const categories: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  options: { en: 'My options', es: 'Mis opciones', ar: 'خياراتي' },
  diagnosis: { en: 'What is wrong', es: 'Qué me pasa', ar: 'ما مشكلتي الصحية' },
  tests: { en: 'Tests', es: 'Pruebas', ar: 'الفحوصات' },
  procedures: { en: 'Surgery and procedures', es: 'Cirugías y procedimientos', ar: 'الجراحة والإجراءات' },
  medicines: { en: 'Medicines', es: 'Medicinas', ar: 'الأدوية' },
  life: { en: 'Daily life and costs', es: 'Vida diaria y costos', ar: 'الحياة اليومية والتكاليف' },
  after: { en: 'After the visit', es: 'Después de la consulta', ar: 'بعد الزيارة' },
};

const reasons: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  'new-diagnosis': { en: 'A new diagnosis', es: 'Un diagnóstico nuevo', ar: 'تشخيص جديد' },
  'new-medicine': { en: 'A new medicine', es: 'Una medicina nueva', ar: 'دواء جديد' },
  'test-or-procedure': { en: 'A test or procedure', es: 'Una prueba o procedimiento', ar: 'فحص أو إجراء' },
};

/** The question rows. Ask 3 wording after Shepherd et al. 2011; AHRQ rows after "Questions Are the Answer". */
const rows: readonly Row[] = [
  {
    id: 'ask3-options',
    categoryId: 'options',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    sourceIds: ['shepherd-2011'],
    words: {
      en: ['What are my options?', 'There is often more than one choice, and waiting can be one of them.'],
      es: ['¿Cuáles son mis opciones?', 'A menudo hay más de una opción, y esperar puede ser una de ellas.'],
      ar: ['ما هي خياراتي؟', 'غالبًا يوجد أكثر من خيار، وقد يكون الانتظار أحدها.'],
    },
  },
  {
    id: 'ask3-benefits-harms',
    categoryId: 'options',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    sourceIds: ['shepherd-2011'],
    words: {
      en: [
        'What are the possible benefits and harms of those options?',
        'Every choice has good and bad sides. Knowing them helps you choose what fits you.',
      ],
      es: [
        '¿Cuáles son los posibles beneficios y daños de esas opciones?',
        'Cada opción tiene lados buenos y malos. Conocerlos le ayuda a elegir lo que le conviene.',
      ],
      ar: [
        'ما هي الفوائد والأضرار المحتملة لهذه الخيارات؟',
        'لكل خيار جوانب جيدة وسيئة. معرفتها تساعدك على اختيار ما يناسبك.',
      ],
    },
  },
  {
    id: 'ask3-how-likely',
    categoryId: 'options',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    sourceIds: ['shepherd-2011'],
    words: {
      en: [
        'How likely are each of those benefits and harms to happen to me?',
        'A harm that is rare may matter less to you than one that is common.',
      ],
      es: [
        '¿Qué tan probable es que me pase cada uno de esos beneficios y daños?',
        'Un daño que es raro puede importarle menos que uno que es frecuente.',
      ],
      ar: ['ما مدى احتمال حدوث كل من هذه الفوائد والأضرار لي؟', 'قد يهمك الضرر النادر أقل من الضرر الشائع.'],
    },
  },
  {
    id: 'dx-what-else',
    categoryId: 'diagnosis',
    tags: ['new-diagnosis'],
    sourceIds: ['sidm-toolkit'],
    words: {
      en: ['What else could it be?', 'Asking about other causes helps make sure nothing is missed.'],
      es: ['¿Qué más podría ser?', 'Preguntar por otras causas ayuda a que no se pase nada por alto.'],
      ar: ['ماذا يمكن أن يكون غير ذلك؟', 'السؤال عن أسباب أخرى يساعد على ألا يفوت شيء.'],
    },
  },
  {
    id: 'dx-results',
    categoryId: 'diagnosis',
    tags: ['new-diagnosis', 'test-or-procedure'],
    sourceIds: ['ahrq-questions', 'sidm-toolkit'],
    words: {
      en: [
        'When and how will I get my results?',
        'Results can get lost. If you know when to expect them, you will know when to call.',
      ],
      es: [
        '¿Cuándo y cómo recibiré mis resultados?',
        'Los resultados se pueden perder. Si sabe cuándo esperarlos, sabrá cuándo llamar.',
      ],
      ar: ['متى وكيف سأحصل على نتائجي؟', 'قد تضيع النتائج. إذا عرفت متى تتوقعها، فستعرف متى تتصل.'],
    },
  },
  {
    id: 'dx-name',
    categoryId: 'diagnosis',
    tags: ['new-diagnosis'],
    words: {
      en: [
        'What is the name of my condition, and why do you think I have it?',
        'The name helps you find good information and tell other clinicians.',
      ],
      es: [
        '¿Cómo se llama mi problema de salud y por qué cree que lo tengo?',
        'El nombre le ayuda a buscar buena información y a contárselo a otros profesionales.',
      ],
      ar: [
        'ما اسم حالتي الصحية، ولماذا تعتقد أنني مصاب بها؟',
        'يساعدك الاسم على إيجاد معلومات جيدة وإخبار الأطباء الآخرين.',
      ],
    },
  },
  {
    id: 'dx-daily-life',
    categoryId: 'diagnosis',
    tags: ['new-diagnosis'],
    words: {
      en: ['How will this affect my daily life, and for how long?', 'It helps you plan work, family and rest.'],
      es: [
        '¿Cómo afectará esto mi vida diaria y por cuánto tiempo?',
        'Le ayuda a planear el trabajo, la familia y el descanso.',
      ],
      ar: ['كيف سيؤثر هذا على حياتي اليومية، ولكم من الوقت؟', 'يساعدك ذلك على تنظيم العمل والأسرة والراحة.'],
    },
  },
  {
    id: 'test-what-for',
    categoryId: 'tests',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['What is the test for?', 'Knowing what the test looks for helps you understand the result.'],
      es: ['¿Para qué es la prueba?', 'Saber qué busca la prueba le ayuda a entender el resultado.'],
      ar: ['ما الغرض من هذا الفحص؟', 'معرفة ما يبحث عنه الفحص تساعدك على فهم النتيجة.'],
    },
  },
  {
    id: 'test-only-way',
    categoryId: 'tests',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-tests'],
    words: {
      en: [
        'Is this test the only way to find out that information?',
        'Sometimes there is a simpler or safer way to learn the same thing.',
      ],
      es: [
        '¿Es esta prueba la única forma de obtener esa información?',
        'A veces hay una forma más sencilla o más segura de saber lo mismo.',
      ],
      ar: [
        'هل هذا الفحص هو الطريقة الوحيدة لمعرفة هذه المعلومات؟',
        'أحيانًا توجد طريقة أبسط أو أكثر أمانًا لمعرفة الشيء نفسه.',
      ],
    },
  },
  {
    id: 'test-prepare',
    categoryId: 'tests',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-tests'],
    words: {
      en: [
        'Do I need to do anything to get ready for the test?',
        'Some tests need you to stop eating or change a medicine first.',
      ],
      es: [
        '¿Tengo que hacer algo para prepararme para la prueba?',
        'Algunas pruebas piden no comer o cambiar una medicina antes.',
      ],
      ar: ['هل أحتاج إلى فعل شيء للاستعداد للفحص؟', 'بعض الفحوصات تتطلب الامتناع عن الأكل أو تغيير دواء قبلها.'],
    },
  },
  {
    id: 'proc-why',
    categoryId: 'procedures',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['Why do I need this surgery?', 'You can weigh the reason against the risks.'],
      es: ['¿Por qué necesito esta cirugía?', 'Así puede comparar el motivo con los riesgos.'],
      ar: ['لماذا أحتاج إلى هذه الجراحة؟', 'يمكنك أن توازن بين السبب والمخاطر.'],
    },
  },
  {
    id: 'proc-alternatives',
    categoryId: 'procedures',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['Are there any alternatives to surgery?', 'Other treatments, or waiting, may be choices too.'],
      es: ['¿Hay otras opciones además de la cirugía?', 'Otros tratamientos, o esperar, también pueden ser opciones.'],
      ar: ['هل توجد بدائل للجراحة؟', 'قد تكون العلاجات الأخرى أو الانتظار خيارات أيضًا.'],
    },
  },
  {
    id: 'proc-complications',
    categoryId: 'procedures',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['What are the possible complications?', 'Knowing what can go wrong helps you spot it early.'],
      es: ['¿Cuáles son las posibles complicaciones?', 'Saber qué puede salir mal le ayuda a notarlo a tiempo.'],
      ar: ['ما هي المضاعفات المحتملة؟', 'معرفة ما قد يحدث من مشكلات تساعدك على ملاحظتها مبكرًا.'],
    },
  },
  {
    id: 'proc-how-many',
    categoryId: 'procedures',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['How many times have you done this procedure?', 'Experience with a procedure can matter.'],
      es: ['¿Cuántas veces ha hecho este procedimiento?', 'La experiencia con un procedimiento puede importar.'],
      ar: ['كم مرة أجريت هذا الإجراء؟', 'قد تكون الخبرة في الإجراء مهمة.'],
    },
  },
  {
    id: 'proc-hospital',
    categoryId: 'procedures',
    tags: ['test-or-procedure'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['Which hospital is best for my needs?', 'Hospitals differ in what they do often and do well.'],
      es: [
        '¿Qué hospital es el mejor para mis necesidades?',
        'Los hospitales son distintos en lo que hacen a menudo y bien.',
      ],
      ar: ['أي مستشفى هو الأفضل لاحتياجاتي؟', 'تختلف المستشفيات فيما تقوم به كثيرًا وتجيده.'],
    },
  },
  {
    id: 'med-side-effects',
    categoryId: 'medicines',
    tags: ['new-medicine'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['Are there any side effects?', 'You will know what to watch for and when to call.'],
      es: ['¿Tiene efectos secundarios?', 'Sabrá qué vigilar y cuándo llamar.'],
      ar: ['هل توجد آثار جانبية؟', 'ستعرف ما الذي يجب مراقبته ومتى تتصل.'],
    },
  },
  {
    id: 'med-interactions',
    categoryId: 'medicines',
    tags: ['new-medicine'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: [
        'Will this medicine interact with medicines I am already taking?',
        'Some medicines, vitamins and herbs do not mix well.',
      ],
      es: [
        '¿Esta medicina puede tener interacción con las medicinas que ya tomo?',
        'Algunas medicinas, vitaminas y hierbas no se llevan bien.',
      ],
      ar: ['هل يتفاعل هذا الدواء مع الأدوية التي أتناولها؟', 'بعض الأدوية والفيتامينات والأعشاب لا تتوافق معًا.'],
    },
  },
  {
    id: 'med-spell',
    categoryId: 'medicines',
    tags: ['new-medicine'],
    sourceIds: ['ahrq-questions'],
    words: {
      en: ['How do you spell the name of that medicine?', 'Many medicine names sound alike.'],
      es: ['¿Cómo se escribe el nombre de esa medicina?', 'Muchos nombres de medicinas suenan parecido.'],
      ar: ['كيف يُكتب اسم هذا الدواء؟', 'أسماء كثير من الأدوية متشابهة في النطق.'],
    },
  },
  {
    id: 'med-skip',
    categoryId: 'medicines',
    tags: ['new-medicine'],
    words: {
      en: ['What happens if I do not take this medicine?', 'Not taking it is also a choice you can weigh.'],
      es: ['¿Qué pasa si no tomo esta medicina?', 'No tomarla también es una opción que puede considerar.'],
      ar: ['ماذا يحدث إذا لم أتناول هذا الدواء؟', 'عدم تناوله هو أيضًا خيار يمكنك التفكير فيه.'],
    },
  },
  {
    id: 'life-work-home',
    categoryId: 'life',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    words: {
      en: ['Will this change what I can do at work or at home?', 'You may need to plan time off or help at home.'],
      es: [
        '¿Cambiará esto lo que puedo hacer en el trabajo o en casa?',
        'Quizás necesite planear días libres o ayuda en casa.',
      ],
      ar: ['هل سيغير هذا ما أستطيع فعله في العمل أو في المنزل؟', 'قد تحتاج إلى التخطيط لإجازة أو لمساعدة في المنزل.'],
    },
  },
  {
    id: 'life-cost',
    categoryId: 'life',
    tags: ['new-medicine', 'test-or-procedure'],
    words: {
      en: [
        'How much will this cost me, and is there a lower-cost choice?',
        'Cost can change which choice works for you.',
      ],
      es: ['¿Cuánto me costará y hay una opción más barata?', 'El costo puede cambiar qué opción le conviene.'],
      ar: ['كم سيكلفني هذا، وهل يوجد خيار أقل تكلفة؟', 'قد تغير التكلفة الخيار المناسب لك.'],
    },
  },
  {
    id: 'after-worse',
    categoryId: 'after',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    sourceIds: ['sidm-toolkit'],
    words: {
      en: ['What should I do if I get worse or do not get better?', 'You will know when and how to come back.'],
      es: ['¿Qué debo hacer si empeoro o no mejoro?', 'Sabrá cuándo y cómo volver.'],
      ar: ['ماذا أفعل إذا ساءت حالتي أو لم تتحسن؟', 'ستعرف متى وكيف تعود.'],
    },
  },
  {
    id: 'after-next-steps',
    categoryId: 'after',
    tags: ['new-diagnosis', 'new-medicine', 'test-or-procedure'],
    words: {
      en: ['What are the next steps after today?', 'A clear plan makes it easier to follow through.'],
      es: ['¿Cuáles son los próximos pasos después de hoy?', 'Un plan claro hace más fácil cumplirlo.'],
      ar: ['ما هي الخطوات التالية بعد اليوم؟', 'الخطة الواضحة تجعل الالتزام أسهل.'],
    },
  },
];

const texts = {
  en: {
    title: 'Questions for my visit',
    docTitle: 'Questions for my visit (example list)',
    intro:
      'Pick the questions you want to ask. Put the 3 that matter most at the top. You can change the words or add your own.',
    ask3Title: 'Ask 3 Questions',
    ask3Intro: 'Three questions that help you learn about your choices.',
  },
  es: {
    title: 'Preguntas para mi consulta',
    docTitle: 'Preguntas para mi consulta (lista de ejemplo)',
    intro:
      'Elija las preguntas que quiere hacer. Ponga arriba las 3 más importantes. Puede cambiar las palabras o agregar las suyas.',
    ask3Title: 'Haga 3 preguntas',
    ask3Intro: 'Tres preguntas que le ayudan a conocer sus opciones.',
  },
  ar: {
    title: 'أسئلة لزيارتي',
    docTitle: 'أسئلة لزيارتي (قائمة توضيحية)',
    intro: 'اختر الأسئلة التي تريد طرحها. ضع الأسئلة الثلاثة الأهم في الأعلى. يمكنك تغيير الكلمات أو إضافة أسئلتك.',
    ask3Title: 'اطرح 3 أسئلة',
    ask3Intro: 'ثلاثة أسئلة تساعدك على معرفة خياراتك.',
  },
} as const;

const meta = (title: string) => ({
  title,
  version: '1.0.0',
  authors: [{ name: 'SDM Kit editors', role: 'Example content for demonstration' }],
  published: '2026-11-21',
  nextReview: '2027-11-21',
  updatePolicy: 'Reviewed once a year, or sooner when a source changes.',
  funding: 'No external funding.',
  conflictsOfInterest: 'None declared.',
  sources: [...questionListSources],
  demonstration: true,
  license: 'CC BY 4.0',
});

function build(lang: Lang, only?: ReadonlySet<string>): PromptList {
  const picked = rows.filter((r) => !only || only.has(r.id));
  const usedCats = new Set(picked.map((r) => r.categoryId));
  const usedReasons = new Set(picked.flatMap((r) => r.tags ?? []));
  const t = texts[lang];
  const ask3 = Boolean(only);
  return {
    schemaVersion: 1,
    id: `${ask3 ? 'ask-3-questions' : 'visit-questions'}-${lang}`,
    locale: lang,
    meta: meta(ask3 ? t.ask3Title : t.docTitle),
    title: ask3 ? t.ask3Title : t.title,
    intro: ask3 ? t.ask3Intro : t.intro,
    categories: Object.entries(categories)
      .filter(([id]) => usedCats.has(id))
      .map(([id, label]) => ({ id, label: label[lang] })),
    visitReasons: Object.entries(reasons)
      .filter(([id]) => usedReasons.has(id))
      .map(([id, label]) => ({ id, label: label[lang] })),
    questions: picked.map((r) => ({
      id: r.id,
      categoryId: r.categoryId,
      text: r.words[lang][0],
      why: r.words[lang][1],
      ...(r.tags ? { tags: [...r.tags] } : {}),
      ...(r.sourceIds ? { sourceIds: [...r.sourceIds] } : {}),
    })),
    starterSet: ask3
      ? ['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely']
      : ['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else', 'dx-results'],
    softLimit: ask3 ? 5 : 8,
  };
}

const ASK3 = new Set(['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely']);

/**
 * Questions for a visit: Ask 3 Questions (Shepherd et al. 2011), diagnosis safety ("What else could it be?",
 * "When and how will I get my results?"), a new diagnosis, a new medicine, a test or procedure (AHRQ), daily
 * life and after the visit. Visit reasons tag each question. Demonstration content.
 */
export const visitQuestionsEn: PromptList = build('en');
/** The same visit questions in Spanish. Demonstration content. */
export const visitQuestionsEs: PromptList = build('es');
/** The same visit questions in Arabic. Demonstration content. */
export const visitQuestionsAr: PromptList = build('ar');

/** Ask 3 Questions only (Shepherd et al. 2011). Demonstration content. */
export const ask3QuestionsEn: PromptList = build('en', ASK3);
/** Ask 3 Questions only, in Spanish. Demonstration content. */
export const ask3QuestionsEs: PromptList = build('es', ASK3);
/** Ask 3 Questions only, in Arabic. Demonstration content. */
export const ask3QuestionsAr: PromptList = build('ar', ASK3);

/** Example prompt lists by language. */
export const visitQuestionsByLocale: Readonly<Record<Lang, PromptList>> = {
  en: visitQuestionsEn,
  es: visitQuestionsEs,
  ar: visitQuestionsAr,
};
