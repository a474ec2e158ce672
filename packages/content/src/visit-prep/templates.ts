import type { SuggestedQuestion, VisitPrepSection, VisitPrepTemplate, VisitType } from '@sdmkit/core';
import { visitPrepSources } from './sources.js';

/** The languages of the example visit preparation templates: English, Spanish and Arabic. */
export type VisitPrepExampleLocale = 'en' | 'es' | 'ar';
/** The kinds of example visit: a general check-up, a new symptom, or a follow-up of a long-term condition. */
export type VisitPrepExampleKind = 'checkUp' | 'newSymptom' | 'chronicFollowUp';

type SectionText = Pick<VisitPrepSection, 'title' | 'prompt' | 'help'>;

interface LocaleText {
  readonly metaTitle: Record<VisitPrepExampleKind, string>;
  readonly title: Record<VisitPrepExampleKind, string>;
  readonly intro: Record<VisitPrepExampleKind, string>;
  readonly concerns: Record<VisitPrepExampleKind, SectionText>;
  readonly symptoms: Record<'newSymptom' | 'chronicFollowUp', SectionText>;
  readonly medicines: SectionText;
  readonly whatMatters: SectionText;
  readonly questions: SectionText;
  readonly practical: SectionText;
  readonly afterVisit: SectionText;
  readonly suggested: Record<VisitPrepExampleKind, readonly SuggestedQuestion[]>;
  readonly commonSymptoms: readonly string[];
  readonly bodyAreas: readonly string[];
  readonly funding: string;
  readonly conflicts: string;
  readonly updatePolicy: string;
  readonly author: string;
}

const en: LocaleText = {
  metaTitle: {
    checkUp: 'Visit preparation: general check-up (example)',
    newSymptom: 'Visit preparation: a new symptom (example)',
    chronicFollowUp: 'Visit preparation: follow-up of a long-term condition (example)',
  },
  title: {
    checkUp: 'Get ready for your check-up',
    newSymptom: 'Get ready to talk about a new symptom',
    chronicFollowUp: 'Get ready for your follow-up visit',
  },
  intro: {
    checkUp:
      'Take a few minutes before your visit. Your answers make a short list for your care team. You can stop and come back.',
    newSymptom:
      'Tell your story in your own words. Your answers make a short list for your care team, so the visit starts with what matters to you.',
    chronicFollowUp:
      'Think about how things have gone since your last visit. Your answers make a short list for your care team.',
  },
  concerns: {
    checkUp: {
      title: 'Why you are coming',
      prompt: 'What do you want to talk about at this check-up? Put the most important thing first.',
      help: 'Keep each point short. Your care team reads the first three first.',
    },
    newSymptom: {
      title: 'Why you are coming',
      prompt: 'What is the new problem? List your worries, most important first.',
      help: 'Keep each point short. Your care team reads the first three first.',
    },
    chronicFollowUp: {
      title: 'Why you are coming',
      prompt: 'What has changed since your last visit? What do you want to talk about, most important first?',
      help: 'Keep each point short. Your care team reads the first three first.',
    },
  },
  symptoms: {
    newSymptom: {
      title: 'Your symptom story',
      prompt: 'What do you feel, where, and since when? How has it changed?',
      help: 'Dates help, even if they are a guess. Add a line each time something changed.',
    },
    chronicFollowUp: {
      title: 'How you have been',
      prompt: 'How has your condition been since your last visit? Note good days and bad days.',
      help: 'Add a line each time something changed, with the date if you know it.',
    },
  },
  medicines: {
    title: 'Medicines and allergies',
    prompt:
      'List every medicine you take, even ones you take only sometimes. Add vitamins, herbs and other supplements.',
    help: 'It is fine to say you stopped a medicine or take it differently. Your care team needs to know.',
  },
  whatMatters: {
    title: 'What matters to you',
    prompt: 'What do you hope to get from this visit? What worries you most?',
    help: 'Use your own words. There are no wrong answers.',
  },
  questions: {
    title: 'Questions to ask',
    prompt: 'Pick questions or write your own. Put your top three first.',
    help: 'Bring your questions. It is fine to ask the care team to explain again.',
  },
  practical: {
    title: 'Practical needs',
    prompt: 'Is there anything that would make the visit easier for you?',
    help: 'For example an interpreter, help with moving or seeing, or someone coming with you.',
  },
  afterVisit: {
    title: 'After the visit',
    prompt: 'Write down what happens next, so nothing is missed.',
    help: 'Fill this in during or after the visit. Ask when and how you will get any test results.',
  },
  suggested: {
    checkUp: [
      { id: 'screening', text: 'Which check-ups or screening tests are right for me now?' },
      { id: 'medicine-review', text: 'Should any of my medicines change?' },
      { id: 'one-thing', text: 'What is one thing I can do to stay healthy?' },
      { id: 'results', text: 'When and how will I get my test results?' },
    ],
    newSymptom: [
      {
        id: 'what-else',
        text: 'What else could it be?',
        why: 'A first diagnosis is a working diagnosis. This question helps you both think about other causes.',
      },
      { id: 'results', text: 'When and how will I get my test results?' },
      { id: 'watch-for', text: 'What should I watch for, and when should I come back or call?' },
      { id: 'next-step', text: 'What is the next step?' },
    ],
    chronicFollowUp: [
      { id: 'working', text: 'Is my treatment working as it should?' },
      { id: 'options', text: 'Are there other options for me?' },
      { id: 'worse', text: 'What should I do if things get worse?' },
      { id: 'results', text: 'When and how will I get my test results?' },
    ],
  },
  commonSymptoms: ['Pain', 'Headache', 'Cough', 'Fever', 'Tiredness', 'Dizziness', 'Rash', 'Trouble sleeping'],
  bodyAreas: ['Head', 'Chest', 'Belly', 'Back', 'Arms or hands', 'Legs or feet', 'Skin', 'All over'],
  funding: 'No funding. Made by SDM Kit contributors as an example.',
  conflicts: 'None declared.',
  updatePolicy: 'Reviewed once a year, or sooner when the guidance it follows changes.',
  author: 'SDM Kit contributors',
};

const es: LocaleText = {
  metaTitle: {
    checkUp: 'Preparación de la consulta: chequeo general (ejemplo)',
    newSymptom: 'Preparación de la consulta: un síntoma nuevo (ejemplo)',
    chronicFollowUp: 'Preparación de la consulta: control de una enfermedad de larga duración (ejemplo)',
  },
  title: {
    checkUp: 'Prepárese para su chequeo',
    newSymptom: 'Prepárese para hablar de un síntoma nuevo',
    chronicFollowUp: 'Prepárese para su consulta de control',
  },
  intro: {
    checkUp:
      'Tómese unos minutos antes de su consulta. Sus respuestas forman una lista corta para su equipo de salud. Puede parar y volver después.',
    newSymptom:
      'Cuente lo que le pasa con sus propias palabras. Sus respuestas forman una lista corta para su equipo de salud, para que la consulta empiece por lo que le importa.',
    chronicFollowUp:
      'Piense en cómo le ha ido desde su última consulta. Sus respuestas forman una lista corta para su equipo de salud.',
  },
  concerns: {
    checkUp: {
      title: 'Por qué viene',
      prompt: '¿De qué quiere hablar en este chequeo? Ponga primero lo más importante.',
      help: 'Escriba cada punto de forma breve. Su equipo de salud lee primero los tres primeros.',
    },
    newSymptom: {
      title: 'Por qué viene',
      prompt: '¿Cuál es el problema nuevo? Anote sus preocupaciones, la más importante primero.',
      help: 'Escriba cada punto de forma breve. Su equipo de salud lee primero los tres primeros.',
    },
    chronicFollowUp: {
      title: 'Por qué viene',
      prompt: '¿Qué ha cambiado desde su última consulta? ¿De qué quiere hablar? Lo más importante primero.',
      help: 'Escriba cada punto de forma breve. Su equipo de salud lee primero los tres primeros.',
    },
  },
  symptoms: {
    newSymptom: {
      title: 'La historia de su síntoma',
      prompt: '¿Qué siente, dónde y desde cuándo? ¿Cómo ha cambiado?',
      help: 'Las fechas ayudan, aunque sean aproximadas. Añada una línea cada vez que algo cambió.',
    },
    chronicFollowUp: {
      title: 'Cómo ha estado',
      prompt: '¿Cómo ha estado su enfermedad desde la última consulta? Anote los días buenos y los malos.',
      help: 'Añada una línea cada vez que algo cambió, con la fecha si la sabe.',
    },
  },
  medicines: {
    title: 'Medicamentos y alergias',
    prompt:
      'Anote todos los medicamentos que toma, también los que toma solo a veces. Añada vitaminas, hierbas y otros suplementos.',
    help: 'Puede decir que dejó un medicamento o que lo toma de otra forma. Su equipo de salud necesita saberlo.',
  },
  whatMatters: {
    title: 'Lo que le importa',
    prompt: '¿Qué espera de esta consulta? ¿Qué es lo que más le preocupa?',
    help: 'Use sus propias palabras. No hay respuestas incorrectas.',
  },
  questions: {
    title: 'Preguntas para hacer',
    prompt: 'Elija preguntas o escriba las suyas. Ponga primero sus tres preguntas principales.',
    help: 'Lleve sus preguntas. Está bien pedir que se lo expliquen otra vez.',
  },
  practical: {
    title: 'Necesidades prácticas',
    prompt: '¿Hay algo que le facilitaría la consulta?',
    help: 'Por ejemplo, un intérprete, ayuda para moverse o para ver, o alguien que le acompañe.',
  },
  afterVisit: {
    title: 'Después de la consulta',
    prompt: 'Anote lo que pasará después, para que no se le olvide nada.',
    help: 'Complete esto durante la consulta o después. Pregunte cuándo y cómo recibirá los resultados de las pruebas.',
  },
  suggested: {
    checkUp: [
      { id: 'screening', text: '¿Qué chequeos o pruebas de detección me convienen ahora?' },
      { id: 'medicine-review', text: '¿Debería cambiar alguno de mis medicamentos?' },
      { id: 'one-thing', text: '¿Qué puedo hacer para mantenerme sano?' },
      { id: 'results', text: '¿Cuándo y cómo recibiré los resultados de mis pruebas?' },
    ],
    newSymptom: [
      {
        id: 'what-else',
        text: '¿Qué otra cosa podría ser?',
        why: 'Un primer diagnóstico es un diagnóstico de trabajo. Esta pregunta ayuda a pensar juntos en otras causas.',
      },
      { id: 'results', text: '¿Cuándo y cómo recibiré los resultados de mis pruebas?' },
      { id: 'watch-for', text: '¿A qué debo estar atento y cuándo debo volver o llamar?' },
      { id: 'next-step', text: '¿Cuál es el siguiente paso?' },
    ],
    chronicFollowUp: [
      { id: 'working', text: '¿Está funcionando mi tratamiento como debería?' },
      { id: 'options', text: '¿Tengo otras opciones?' },
      { id: 'worse', text: '¿Qué debo hacer si empeoro?' },
      { id: 'results', text: '¿Cuándo y cómo recibiré los resultados de mis pruebas?' },
    ],
  },
  commonSymptoms: [
    'Dolor',
    'Dolor de cabeza',
    'Tos',
    'Fiebre',
    'Cansancio',
    'Mareo',
    'Sarpullido',
    'Problemas para dormir',
  ],
  bodyAreas: ['Cabeza', 'Pecho', 'Barriga', 'Espalda', 'Brazos o manos', 'Piernas o pies', 'Piel', 'Todo el cuerpo'],
  funding: 'Sin financiación. Hecho por colaboradores de SDM Kit como ejemplo.',
  conflicts: 'Ninguno declarado.',
  updatePolicy: 'Se revisa una vez al año, o antes si cambian las guías en las que se basa.',
  author: 'Colaboradores de SDM Kit',
};

const ar: LocaleText = {
  metaTitle: {
    checkUp: 'التحضير للزيارة: فحص عام (مثال)',
    newSymptom: 'التحضير للزيارة: عرَض جديد (مثال)',
    chronicFollowUp: 'التحضير للزيارة: متابعة حالة مزمنة (مثال)',
  },
  title: {
    checkUp: 'استعد لفحصك العام',
    newSymptom: 'استعد للحديث عن عرَض جديد',
    chronicFollowUp: 'استعد لزيارة المتابعة',
  },
  intro: {
    checkUp: 'خذ بضع دقائق قبل زيارتك. تصبح إجاباتك قائمة قصيرة لفريق رعايتك. يمكنك التوقف والعودة لاحقًا.',
    newSymptom: 'احكِ قصتك بكلماتك. تصبح إجاباتك قائمة قصيرة لفريق رعايتك، لتبدأ الزيارة بما يهمك.',
    chronicFollowUp: 'فكّر في حالك منذ زيارتك الأخيرة. تصبح إجاباتك قائمة قصيرة لفريق رعايتك.',
  },
  concerns: {
    checkUp: {
      title: 'سبب زيارتك',
      prompt: 'عن ماذا تريد أن تتحدث في هذا الفحص؟ ضع الأهم أولًا.',
      help: 'اجعل كل نقطة قصيرة. يقرأ فريق رعايتك النقاط الثلاث الأولى أولًا.',
    },
    newSymptom: {
      title: 'سبب زيارتك',
      prompt: 'ما المشكلة الجديدة؟ اكتب مخاوفك، الأهم أولًا.',
      help: 'اجعل كل نقطة قصيرة. يقرأ فريق رعايتك النقاط الثلاث الأولى أولًا.',
    },
    chronicFollowUp: {
      title: 'سبب زيارتك',
      prompt: 'ما الذي تغيّر منذ زيارتك الأخيرة؟ عن ماذا تريد أن تتحدث؟ الأهم أولًا.',
      help: 'اجعل كل نقطة قصيرة. يقرأ فريق رعايتك النقاط الثلاث الأولى أولًا.',
    },
  },
  symptoms: {
    newSymptom: {
      title: 'قصة العرَض',
      prompt: 'بماذا تشعر، وأين، ومنذ متى؟ كيف تغيّر؟',
      help: 'التواريخ مفيدة حتى لو كانت تقريبية. أضف سطرًا كلما تغيّر شيء.',
    },
    chronicFollowUp: {
      title: 'كيف كانت حالتك',
      prompt: 'كيف كانت حالتك منذ الزيارة الأخيرة؟ اذكر الأيام الجيدة والسيئة.',
      help: 'أضف سطرًا كلما تغيّر شيء، مع التاريخ إن كنت تعرفه.',
    },
  },
  medicines: {
    title: 'الأدوية والحساسية',
    prompt: 'اكتب كل دواء تتناوله، حتى التي تتناولها أحيانًا فقط. أضف الفيتامينات والأعشاب والمكملات الأخرى.',
    help: 'لا بأس أن تقول إنك توقفت عن دواء أو تتناوله بطريقة مختلفة. يحتاج فريق رعايتك إلى معرفة ذلك.',
  },
  whatMatters: {
    title: 'ما يهمك',
    prompt: 'ماذا تأمل أن تحصل عليه من هذه الزيارة؟ ما أكثر ما يقلقك؟',
    help: 'استخدم كلماتك. لا توجد إجابات خاطئة.',
  },
  questions: {
    title: 'أسئلة تطرحها',
    prompt: 'اختر أسئلة أو اكتب أسئلتك. ضع أهم ثلاثة أسئلة أولًا.',
    help: 'أحضر أسئلتك معك. لا بأس أن تطلب من فريق الرعاية الشرح مرة أخرى.',
  },
  practical: {
    title: 'احتياجات عملية',
    prompt: 'هل هناك ما يجعل الزيارة أسهل عليك؟',
    help: 'مثل مترجم، أو مساعدة في الحركة أو الرؤية، أو شخص يرافقك.',
  },
  afterVisit: {
    title: 'بعد الزيارة',
    prompt: 'اكتب ما سيحدث بعد ذلك، حتى لا يفوتك شيء.',
    help: 'املأ هذا الجزء أثناء الزيارة أو بعدها. اسأل متى وكيف ستصلك نتائج الفحوص.',
  },
  suggested: {
    checkUp: [
      { id: 'screening', text: 'ما الفحوص أو اختبارات الكشف المناسبة لي الآن؟' },
      { id: 'medicine-review', text: 'هل يجب تغيير أي من أدويتي؟' },
      { id: 'one-thing', text: 'ما الشيء الذي يمكنني فعله لأبقى بصحة جيدة؟' },
      { id: 'results', text: 'متى وكيف ستصلني نتائج فحوصي؟' },
    ],
    newSymptom: [
      {
        id: 'what-else',
        text: 'ماذا يمكن أن يكون غير ذلك؟',
        why: 'التشخيص الأول تشخيص مبدئي. يساعدكما هذا السؤال على التفكير في أسباب أخرى.',
      },
      { id: 'results', text: 'متى وكيف ستصلني نتائج فحوصي؟' },
      { id: 'watch-for', text: 'ما الذي يجب أن أنتبه له، ومتى أعود أو أتصل؟' },
      { id: 'next-step', text: 'ما الخطوة التالية؟' },
    ],
    chronicFollowUp: [
      { id: 'working', text: 'هل يعمل علاجي كما ينبغي؟' },
      { id: 'options', text: 'هل توجد خيارات أخرى لي؟' },
      { id: 'worse', text: 'ماذا أفعل إذا ساءت حالتي؟' },
      { id: 'results', text: 'متى وكيف ستصلني نتائج فحوصي؟' },
    ],
  },
  commonSymptoms: ['ألم', 'صداع', 'سعال', 'حمّى', 'تعب', 'دوخة', 'طفح جلدي', 'صعوبة في النوم'],
  bodyAreas: ['الرأس', 'الصدر', 'البطن', 'الظهر', 'الذراعان أو اليدان', 'الساقان أو القدمان', 'الجلد', 'الجسم كله'],
  funding: 'بلا تمويل. أعدّه مساهمو SDM Kit كمثال.',
  conflicts: 'لا يوجد تضارب مصالح مُعلن.',
  updatePolicy: 'يُراجع مرة كل سنة، أو أبكر إذا تغيّرت الإرشادات التي يتبعها.',
  author: 'مساهمو SDM Kit',
};

const TEXT: Record<VisitPrepExampleLocale, LocaleText> = { en, es, ar };

const VISIT_TYPE: Record<VisitPrepExampleKind, VisitType> = {
  checkUp: 'check-up',
  newSymptom: 'new-symptom',
  chronicFollowUp: 'follow-up',
};

const ID: Record<VisitPrepExampleKind, string> = {
  checkUp: 'check-up',
  newSymptom: 'new-symptom',
  chronicFollowUp: 'chronic-follow-up',
};

function build(kind: VisitPrepExampleKind, locale: VisitPrepExampleLocale): VisitPrepTemplate {
  const x = TEXT[locale];
  const concerns: VisitPrepSection = { type: 'concerns', ...x.concerns[kind], required: true };
  const medicines: VisitPrepSection = { type: 'medicines', ...x.medicines, required: kind === 'chronicFollowUp' };
  const whatMatters: VisitPrepSection = { type: 'what-matters', ...x.whatMatters };
  const questions: VisitPrepSection = { type: 'questions', ...x.questions, suggestedQuestions: [...x.suggested[kind]] };
  const practical: VisitPrepSection = { type: 'practical', ...x.practical };
  const afterVisit: VisitPrepSection = { type: 'after-visit', ...x.afterVisit };
  const sections: VisitPrepSection[] =
    kind === 'checkUp'
      ? [concerns, medicines, whatMatters, questions, practical, afterVisit]
      : [
          concerns,
          { type: 'symptoms', ...x.symptoms[kind], required: kind === 'newSymptom' },
          medicines,
          whatMatters,
          questions,
          practical,
          afterVisit,
        ];
  return {
    schemaVersion: 1,
    id: `${ID[kind]}-${locale}`,
    locale,
    meta: {
      title: x.metaTitle[kind],
      version: '1.0.0',
      authors: [{ name: x.author }],
      published: '2026-11-21',
      nextReview: '2027-11-21',
      updatePolicy: x.updatePolicy,
      funding: x.funding,
      conflictsOfInterest: x.conflicts,
      sources: [...visitPrepSources],
      demonstration: true,
      license: 'CC BY 4.0',
    },
    visitType: VISIT_TYPE[kind],
    title: x.title[kind],
    intro: x.intro[kind],
    sections,
    // Word limits are settings for a short, readable agenda (OurNotes asks for word-limited submissions);
    // they are not published figures. Portals set their own.
    limits: { agendaWords: 100, concernWords: 25, answerWords: 150, maxConcerns: 10 },
    ...(kind === 'checkUp' ? {} : { lists: { commonSymptoms: [...x.commonSymptoms], bodyAreas: [...x.bodyAreas] } }),
  };
}

const LOCALES: readonly VisitPrepExampleLocale[] = ['en', 'es', 'ar'];
const byLocale = (kind: VisitPrepExampleKind): Record<VisitPrepExampleLocale, VisitPrepTemplate> =>
  Object.fromEntries(LOCALES.map((l) => [l, build(kind, l)])) as Record<VisitPrepExampleLocale, VisitPrepTemplate>;

/** A general check-up, in en, es and ar. */
export const checkUpTemplates: Record<VisitPrepExampleLocale, VisitPrepTemplate> = byLocale('checkUp');
/** A visit about a new symptom (with the symptom story), in en, es and ar. */
export const newSymptomTemplates: Record<VisitPrepExampleLocale, VisitPrepTemplate> = byLocale('newSymptom');
/** A follow-up of a long-term condition, in en, es and ar. */
export const chronicFollowUpTemplates: Record<VisitPrepExampleLocale, VisitPrepTemplate> = byLocale('chronicFollowUp');

/** All example templates, by kind and then by language. */
export const visitPrepTemplates: Record<VisitPrepExampleKind, Record<VisitPrepExampleLocale, VisitPrepTemplate>> = {
  checkUp: checkUpTemplates,
  newSymptom: newSymptomTemplates,
  chronicFollowUp: chronicFollowUpTemplates,
};

/** An example template by kind and language; unknown languages fall back to English. */
export function getVisitPrepTemplate(kind: VisitPrepExampleKind, locale: string): VisitPrepTemplate {
  const lang = (LOCALES as readonly string[]).includes(locale) ? (locale as VisitPrepExampleLocale) : 'en';
  return visitPrepTemplates[kind][lang];
}
