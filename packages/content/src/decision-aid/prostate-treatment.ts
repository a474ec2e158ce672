import type { DecisionAidDocument, Probability } from '@sdmkit/core';

/**
 * Localised prostate cancer: active monitoring, surgery or radiotherapy. Numbers come only from the ProtecT
 * trial (Hamdy et al. 2016): deaths from prostate cancer at a median of 10 years were 8 of 545 men (active
 * monitoring), 5 of 553 (surgery) and 4 of 545 (radiotherapy); 17 in all; no significant difference
 * (P = 0.48). Everything else is qualitative and cited. Demonstration content: not medical advice.
 */
const sources = [
  {
    id: 'protect-2016',
    citation:
      'Hamdy FC, Donovan JL, Lane JA, et al. 10-Year Outcomes after Monitoring, Surgery, or Radiotherapy for Localized Prostate Cancer. N Engl J Med. 2016;375(15):1415-1424.',
    doi: '10.1056/NEJMoa1606220',
    year: 2016,
  },
  {
    id: 'protect-pro-2016',
    citation:
      'Donovan JL, Hamdy FC, Lane JA, et al. Patient-Reported Outcomes after Monitoring, Surgery, or Radiotherapy for Prostate Cancer. N Engl J Med. 2016;375(15):1425-1437.',
    doi: '10.1056/NEJMoa1606221',
    year: 2016,
  },
  {
    id: 'protect-hta-2020',
    citation:
      'Hamdy FC, Donovan JL, Lane JA, et al. Active monitoring, radical prostatectomy and radical radiotherapy in PSA-detected clinically localised prostate cancer: the ProtecT three-arm RCT. Health Technol Assess. 2020;24(37):1-176.',
    doi: '10.3310/hta24370',
    year: 2020,
  },
];

interface Texts {
  readonly title: string;
  readonly conditionName: string;
  readonly conditionDescription: string;
  readonly question: string;
  readonly context: string;
  readonly options: Record<
    'monitoring' | 'surgery' | 'radiotherapy',
    {
      title: string;
      summary: string;
      benefits: string[];
      harms: string[];
      physical: string;
      emotional: string;
      social: string;
      practical: string;
    }
  >;
  readonly faq: { id: string; question: string; answers: Record<string, string | null> }[];
  readonly outcome: { label: string; eventText: string; nonEventText: string; description: string };
  readonly timeFrame: string;
  readonly population: string;
  readonly uncertainty: string;
  readonly values: { id: string; label: string; supports: string[] }[];
  readonly knowledge: {
    id: string;
    question: string;
    choices: { id: string; label: string }[];
    correctChoiceId: string;
    explanation: string;
  }[];
  readonly nextSteps: string[];
  readonly author: string;
  readonly funding: string;
  readonly conflicts: string;
  readonly updatePolicy: string;
}

function death(numerator: number, denominator: number, t: Texts): Probability {
  return {
    numerator,
    denominator,
    timeFrame: t.timeFrame,
    population: t.population,
    uncertaintyNote: t.uncertainty,
    sourceIds: ['protect-2016'],
  };
}

function build(locale: 'en' | 'es', t: Texts): DecisionAidDocument {
  const ids = ['monitoring', 'surgery', 'radiotherapy'] as const;
  return {
    schemaVersion: 1,
    id: 'prostate-localised-treatment',
    locale,
    meta: {
      title: t.title,
      version: '1.0.0',
      authors: [{ name: t.author }],
      published: '2026-11-21',
      nextReview: '2027-11-21',
      updatePolicy: t.updatePolicy,
      funding: t.funding,
      conflictsOfInterest: t.conflicts,
      sources,
      demonstration: true,
      license: 'CC BY 4.0',
    },
    kind: 'treatment',
    condition: { name: t.conditionName, description: t.conditionDescription },
    decision: { question: t.question, context: t.context },
    options: ids.map((id) => {
      const o = t.options[id];
      const cite = id === 'monitoring' ? ['protect-2016'] : ['protect-pro-2016'];
      return {
        id,
        title: o.title,
        summary: o.summary,
        ...(id === 'monitoring' ? { statusQuo: true } : {}),
        benefits: o.benefits.map((text) => ({ text, sourceIds: ['protect-2016', 'protect-pro-2016'] })),
        harms: o.harms.map((text) => ({ text, sourceIds: cite })),
        livingWith: { physical: o.physical, emotional: o.emotional, social: o.social, practical: o.practical },
      };
    }),
    faq: t.faq.map((row) => ({ ...row, sourceIds: ['protect-pro-2016'] })),
    outcomes: [
      {
        id: 'prostate-cancer-death',
        label: t.outcome.label,
        eventText: t.outcome.eventText,
        nonEventText: t.outcome.nonEventText,
        kind: 'harm',
        description: t.outcome.description,
        byOption: {
          monitoring: death(8, 545, t),
          surgery: death(5, 553, t),
          radiotherapy: death(4, 545, t),
        },
      },
    ],
    values: t.values,
    knowledgeCheck: t.knowledge,
    nextSteps: t.nextSteps,
  };
}

const en: Texts = {
  title: 'Prostate cancer that has not spread: choosing a treatment',
  conditionName: 'Localised prostate cancer',
  conditionDescription:
    'Prostate cancer is a growth in the prostate, a small gland below the bladder. "Localised" means the cancer was found early, often by a PSA blood test, and has not spread. Many of these cancers grow slowly.',
  question: 'Should I choose active monitoring, surgery or radiotherapy?',
  context:
    'All three are used for cancer that has not spread. The numbers here come from one large UK trial, ProtecT, in men aged 50 to 69.',
  options: {
    monitoring: {
      title: 'Active monitoring',
      summary:
        'Regular PSA blood tests and check-ups. You have surgery or radiotherapy later only if the cancer seems to grow.',
      benefits: [
        'You avoid the side effects of surgery or radiotherapy, unless you need treatment later.',
        'Sex life and bladder control stay much as they were for most men at first.',
      ],
      harms: [
        'The cancer was more likely to grow or spread than after surgery or radiotherapy.',
        'Many men in this group had surgery or radiotherapy later.',
      ],
      physical: 'No operation or radiation at the start. Blood tests every few months at first, then less often.',
      emotional: 'Some men worry about living with a cancer that is not treated. Others feel relieved.',
      social: 'Daily life, work and travel usually go on as before.',
      practical: 'You need to keep going to check-ups and blood tests for years.',
    },
    surgery: {
      title: 'Surgery (removing the prostate)',
      summary: 'An operation to take out the whole prostate gland.',
      benefits: [
        'The cancer was less likely to grow or spread than with active monitoring.',
        'The prostate is removed, so you know what was there.',
      ],
      harms: [
        'Leaking urine was more common and lasted longer than after the other options.',
        'Problems with erections were more common than after the other options.',
      ],
      physical: 'A stay in hospital and a few weeks of recovery. A urine tube (catheter) for a short time.',
      emotional: 'Some men feel relief that the cancer is out. Changes in sex life can be hard.',
      social: 'You may need pads for leaking urine, which can affect going out or exercise.',
      practical: 'Several weeks off work is common. You cannot drive for a while after the operation.',
    },
    radiotherapy: {
      title: 'Radiotherapy',
      summary: 'X-ray treatment aimed at the prostate, with hormone treatment for a few months.',
      benefits: [
        'The cancer was less likely to grow or spread than with active monitoring.',
        'No operation is needed.',
      ],
      harms: [
        'Bowel problems, such as loose stools or bleeding, were more common, mostly in the first months.',
        'Problems with erections were more common than with active monitoring.',
      ],
      physical: 'Short treatments on most weekdays for several weeks. Tiredness is common.',
      emotional: 'Some men feel relief at treating the cancer without an operation.',
      social: 'Hormone treatment can cause hot flushes and low mood for a while.',
      practical: 'You travel to the hospital often during the weeks of treatment.',
    },
  },
  faq: [
    {
      id: 'urine',
      question: 'Will I leak urine?',
      answers: {
        monitoring: 'Bladder control stayed much as before for most men.',
        surgery: 'Leaking was most common after surgery and for some men it lasted years.',
        radiotherapy: 'Bladder control stayed much as before for most men.',
      },
    },
    {
      id: 'erections',
      question: 'Will it affect my erections?',
      answers: {
        monitoring: 'Erections got worse slowly over time, as they do with age.',
        surgery: 'Erections were worst after surgery, with some getting better over time.',
        radiotherapy: 'Erections got worse after treatment, then got a little better.',
      },
    },
    {
      id: 'bowel',
      question: 'Will it affect my bowels?',
      answers: {
        monitoring: 'Bowels stayed much as before.',
        surgery: 'Bowels stayed much as before.',
        radiotherapy: 'Bowel problems were more common, mostly in the first months.',
      },
    },
    {
      id: 'cost',
      question: 'What will it cost me?',
      answers: { monitoring: null, surgery: null, radiotherapy: null },
    },
  ],
  outcome: {
    label: 'Dying of prostate cancer',
    eventText: 'died of prostate cancer',
    nonEventText: 'did not die of prostate cancer',
    description: 'Deaths from prostate cancer were few in all three groups.',
  },
  timeFrame: 'over about 10 years',
  population: 'men aged 50 to 69 with prostate cancer found by a PSA test that had not spread (ProtecT trial, UK)',
  uncertainty:
    'The trial did not find a clear difference between the three groups. Small differences like these could be due to chance.',
  values: [
    { id: 'avoid-side-effects', label: 'Avoiding leaking urine and erection problems', supports: ['monitoring'] },
    {
      id: 'lower-spread',
      label: 'Lowering the chance that the cancer grows or spreads',
      supports: ['surgery', 'radiotherapy'],
    },
    { id: 'no-operation', label: 'Not having an operation', supports: ['monitoring', 'radiotherapy'] },
    { id: 'done-with-it', label: 'Having treatment done and not needing regular checks', supports: ['surgery'] },
    { id: 'bowels', label: 'Avoiding bowel problems', supports: ['monitoring', 'surgery'] },
  ],
  knowledge: [
    {
      id: 'k-death',
      question: 'In the trial, did many men die of prostate cancer within about 10 years?',
      choices: [
        { id: 'few', label: 'Few men in every group' },
        { id: 'many-monitoring', label: 'Many men in the active monitoring group' },
        { id: 'unknown', label: "I'm not sure" },
      ],
      correctChoiceId: 'few',
      explanation: 'About 1 out of 100 men in each group died of prostate cancer within about 10 years.',
    },
    {
      id: 'k-urine',
      question: 'Which option most often led to leaking urine?',
      choices: [
        { id: 'monitoring', label: 'Active monitoring' },
        { id: 'surgery', label: 'Surgery' },
        { id: 'radiotherapy', label: 'Radiotherapy' },
      ],
      correctChoiceId: 'surgery',
      explanation: 'Leaking urine was most common after surgery.',
    },
  ],
  nextSteps: [
    'Talk with your specialist about your own cancer: its grade, PSA level and size change the choice.',
    'Ask how often you would have check-ups with active monitoring.',
    'You do not have to decide today. Most men have time to think.',
  ],
  author: 'SDM Kit example content team',
  funding: 'No external funding. Written as example content for the open-source SDM Kit project.',
  conflicts: 'The authors declare no conflicts of interest.',
  updatePolicy: 'Checked against new trial results every year, and updated when the evidence changes.',
};

const es: Texts = {
  title: 'Cáncer de próstata que no se ha extendido: elegir un tratamiento',
  conditionName: 'Cáncer de próstata localizado',
  conditionDescription:
    'El cáncer de próstata es un tumor en la próstata, una glándula pequeña debajo de la vejiga. "Localizado" quiere decir que se encontró pronto, muchas veces con un análisis de sangre de PSA, y que no se ha extendido. Muchos de estos cánceres crecen despacio.',
  question: '¿Debo elegir vigilancia activa, cirugía o radioterapia?',
  context:
    'Las tres opciones se usan para el cáncer que no se ha extendido. Los números vienen de un gran estudio del Reino Unido, ProtecT, en hombres de 50 a 69 años.',
  options: {
    monitoring: {
      title: 'Vigilancia activa',
      summary:
        'Análisis de PSA y revisiones regulares. Solo tiene cirugía o radioterapia más adelante si el cáncer parece crecer.',
      benefits: [
        'Evita los efectos secundarios de la cirugía o la radioterapia, salvo que necesite tratamiento más adelante.',
        'Al principio, la vida sexual y el control de la vejiga siguieron casi igual en la mayoría de los hombres.',
      ],
      harms: [
        'Fue más probable que el cáncer creciera o se extendiera que después de la cirugía o la radioterapia.',
        'Muchos hombres de este grupo tuvieron cirugía o radioterapia más tarde.',
      ],
      physical:
        'Sin operación ni radiación al principio. Análisis de sangre cada pocos meses al principio, luego menos.',
      emotional: 'Algunos hombres se preocupan por vivir con un cáncer sin tratar. Otros sienten alivio.',
      social: 'La vida diaria, el trabajo y los viajes suelen seguir como antes.',
      practical: 'Tiene que seguir yendo a revisiones y análisis durante años.',
    },
    surgery: {
      title: 'Cirugía (quitar la próstata)',
      summary: 'Una operación para sacar toda la próstata.',
      benefits: [
        'Fue menos probable que el cáncer creciera o se extendiera que con la vigilancia activa.',
        'Se quita la próstata, así que se sabe lo que había.',
      ],
      harms: [
        'Las pérdidas de orina fueron más frecuentes y duraron más que con las otras opciones.',
        'Los problemas de erección fueron más frecuentes que con las otras opciones.',
      ],
      physical: 'Una estancia en el hospital y unas semanas de recuperación. Una sonda para la orina por poco tiempo.',
      emotional:
        'Algunos hombres sienten alivio porque el cáncer ya no está. Los cambios en la vida sexual pueden ser difíciles.',
      social: 'Puede necesitar compresas por las pérdidas de orina, lo que puede afectar salir o hacer ejercicio.',
      practical: 'Es común faltar varias semanas al trabajo. No puede conducir por un tiempo después de la operación.',
    },
    radiotherapy: {
      title: 'Radioterapia',
      summary: 'Tratamiento con rayos dirigido a la próstata, con tratamiento hormonal durante unos meses.',
      benefits: [
        'Fue menos probable que el cáncer creciera o se extendiera que con la vigilancia activa.',
        'No hace falta una operación.',
      ],
      harms: [
        'Los problemas de intestino, como heces blandas o sangrado, fueron más frecuentes, sobre todo los primeros meses.',
        'Los problemas de erección fueron más frecuentes que con la vigilancia activa.',
      ],
      physical: 'Sesiones cortas casi todos los días laborables durante varias semanas. El cansancio es común.',
      emotional: 'Algunos hombres sienten alivio al tratar el cáncer sin una operación.',
      social: 'El tratamiento hormonal puede causar sofocos y ánimo bajo durante un tiempo.',
      practical: 'Viaja al hospital a menudo durante las semanas de tratamiento.',
    },
  },
  faq: [
    {
      id: 'urine',
      question: '¿Tendré pérdidas de orina?',
      answers: {
        monitoring: 'El control de la vejiga siguió casi igual en la mayoría de los hombres.',
        surgery: 'Las pérdidas fueron más frecuentes tras la cirugía y en algunos hombres duraron años.',
        radiotherapy: 'El control de la vejiga siguió casi igual en la mayoría de los hombres.',
      },
    },
    {
      id: 'erections',
      question: '¿Afectará a mis erecciones?',
      answers: {
        monitoring: 'Las erecciones empeoraron despacio con el tiempo, como pasa con la edad.',
        surgery: 'Las erecciones empeoraron más tras la cirugía; en algunos mejoraron con el tiempo.',
        radiotherapy: 'Las erecciones empeoraron tras el tratamiento y luego mejoraron un poco.',
      },
    },
    {
      id: 'bowel',
      question: '¿Afectará a mi intestino?',
      answers: {
        monitoring: 'El intestino siguió casi igual.',
        surgery: 'El intestino siguió casi igual.',
        radiotherapy: 'Los problemas de intestino fueron más frecuentes, sobre todo los primeros meses.',
      },
    },
    {
      id: 'cost',
      question: '¿Cuánto me costará?',
      answers: { monitoring: null, surgery: null, radiotherapy: null },
    },
  ],
  outcome: {
    label: 'Morir de cáncer de próstata',
    eventText: 'murieron de cáncer de próstata',
    nonEventText: 'no murieron de cáncer de próstata',
    description: 'Las muertes por cáncer de próstata fueron pocas en los tres grupos.',
  },
  timeFrame: 'en unos 10 años',
  population:
    'hombres de 50 a 69 años con cáncer de próstata hallado con un análisis de PSA que no se había extendido (estudio ProtecT, Reino Unido)',
  uncertainty:
    'El estudio no encontró una diferencia clara entre los tres grupos. Diferencias pequeñas como estas pueden deberse al azar.',
  values: [
    { id: 'avoid-side-effects', label: 'Evitar pérdidas de orina y problemas de erección', supports: ['monitoring'] },
    {
      id: 'lower-spread',
      label: 'Bajar la probabilidad de que el cáncer crezca o se extienda',
      supports: ['surgery', 'radiotherapy'],
    },
    { id: 'no-operation', label: 'No tener una operación', supports: ['monitoring', 'radiotherapy'] },
    {
      id: 'done-with-it',
      label: 'Terminar el tratamiento y no necesitar revisiones frecuentes',
      supports: ['surgery'],
    },
    { id: 'bowels', label: 'Evitar problemas de intestino', supports: ['monitoring', 'surgery'] },
  ],
  knowledge: [
    {
      id: 'k-death',
      question: 'En el estudio, ¿murieron muchos hombres de cáncer de próstata en unos 10 años?',
      choices: [
        { id: 'few', label: 'Pocos hombres en cada grupo' },
        { id: 'many-monitoring', label: 'Muchos hombres en el grupo de vigilancia activa' },
        { id: 'unknown', label: 'No estoy seguro' },
      ],
      correctChoiceId: 'few',
      explanation: 'Alrededor de 1 de cada 100 hombres de cada grupo murió de cáncer de próstata en unos 10 años.',
    },
    {
      id: 'k-urine',
      question: '¿Qué opción causó pérdidas de orina con más frecuencia?',
      choices: [
        { id: 'monitoring', label: 'Vigilancia activa' },
        { id: 'surgery', label: 'Cirugía' },
        { id: 'radiotherapy', label: 'Radioterapia' },
      ],
      correctChoiceId: 'surgery',
      explanation: 'Las pérdidas de orina fueron más frecuentes tras la cirugía.',
    },
  ],
  nextSteps: [
    'Hable con su especialista sobre su propio cáncer: el grado, el PSA y el tamaño cambian la elección.',
    'Pregunte cada cuánto tendría revisiones con la vigilancia activa.',
    'No tiene que decidir hoy. La mayoría de los hombres tiene tiempo para pensarlo.',
  ],
  author: 'Equipo de contenido de ejemplo de SDM Kit',
  funding: 'Sin financiación externa. Escrito como contenido de ejemplo para el proyecto de código abierto SDM Kit.',
  conflicts: 'Los autores declaran no tener conflictos de intereses.',
  updatePolicy: 'Se revisa cada año con los nuevos resultados de estudios y se actualiza cuando cambian las pruebas.',
};

/** Localised prostate cancer treatment decision (English). */
export const prostateTreatmentEn: DecisionAidDocument = build('en', en);
/** Localised prostate cancer treatment decision (Spanish). */
export const prostateTreatmentEs: DecisionAidDocument = build('es', es);
