import type { DecisionAidDocument, Probability } from '@sdmkit/core';

/**
 * Screening mammograms for women aged 50 to 69. Test numbers: Norway's programme in Domingo et al. 2016
 * (Eur Radiol 26:2520-2528, Table 2): 1,470,854 screening exams; 8105 screen-detected cancers (5.5 per 1000);
 * 2623 interval cancers (1.8 per 1000); 42,426 false positives with additional imaging (2.9 %). The chances are
 * encoded as the source states them (5.5 and 1.8 per 1000, 2.9 per 100), so the widget shows them exactly: on
 * 10,000 icons, 55, 18 and 290. The exam counts are not divided again (8105 of 1,470,854 is no whole number of
 * people on any scale a picture can show). Benefit and
 * overdiagnosis: the Independent UK Panel on Breast Cancer Screening (Marmot et al. 2013): for every 10,000
 * women invited every 3 years from age 50 to 70, 43 breast cancer deaths avoided and 129 cancers overdiagnosed.
 * Demonstration content: not medical advice.
 */
const sources = [
  {
    id: 'domingo-2016',
    citation:
      'Domingo L, Hofvind S, Hubbard RA, et al. Cross-national comparison of screening mammography accuracy measures in U.S., Norway, and Spain. Eur Radiol. 2016;26(8):2520-2528.',
    doi: '10.1007/s00330-015-4074-8',
    year: 2016,
  },
  {
    id: 'uk-panel-2013',
    citation:
      'Marmot MG, Altman DG, Cameron DA, Dewar JA, Thompson SG, Wilcox M; Independent UK Panel on Breast Cancer Screening. The benefits and harms of breast cancer screening: an independent review. Br J Cancer. 2013;108(11):2205-2240.',
    doi: '10.1038/bjc.2013.177',
    year: 2013,
  },
];

interface Texts {
  title: string;
  author: string;
  funding: string;
  conflicts: string;
  updatePolicy: string;
  conditionName: string;
  conditionDescription: string;
  question: string;
  context: string;
  screen: { title: string; summary: string; benefits: string[]; harms: string[]; living: string[] };
  wait: { title: string; summary: string; benefits: string[]; harms: string[]; living: string[] };
  faq: { id: string; question: string; answers: { screen: string | null; wait: string | null } }[];
  values: { id: string; label: string; supports: string[] }[];
  knowledge: {
    id: string;
    question: string;
    choices: { id: string; label: string }[];
    correctChoiceId: string;
    explanation: string;
  }[];
  measures: string;
  timeFrame: string;
  population: string;
  uncertainty: string;
  afterPositive: string;
  afterNegative: string;
  tp: string;
  fp: string;
  fn: string;
  nextSteps: string[];
}

/** A chance per `denominator` screening exams, as Domingo et al. 2016 (Table 2) state it. */
function chance(numerator: number, denominator: number, t: Texts): Probability {
  return {
    numerator,
    denominator,
    timeFrame: t.timeFrame,
    population: t.population,
    uncertaintyNote: t.uncertainty,
    sourceIds: ['domingo-2016'],
  };
}

function build(locale: 'en' | 'es', t: Texts): DecisionAidDocument {
  const living = (l: string[]) => ({ physical: l[0], emotional: l[1], social: l[2], practical: l[3] });
  return {
    schemaVersion: 1,
    id: 'mammography-screening-50-69',
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
    kind: 'screening',
    condition: { name: t.conditionName, description: t.conditionDescription },
    decision: { question: t.question, context: t.context },
    options: [
      {
        id: 'screen',
        title: t.screen.title,
        summary: t.screen.summary,
        benefits: t.screen.benefits.map((text) => ({ text, sourceIds: ['uk-panel-2013'] })),
        harms: t.screen.harms.map((text, i) => ({ text, sourceIds: [i === 0 ? 'uk-panel-2013' : 'domingo-2016'] })),
        livingWith: living(t.screen.living),
      },
      {
        id: 'wait',
        title: t.wait.title,
        summary: t.wait.summary,
        statusQuo: true,
        benefits: t.wait.benefits.map((text) => ({ text, sourceIds: ['uk-panel-2013'] })),
        harms: t.wait.harms.map((text) => ({ text, sourceIds: ['uk-panel-2013'] })),
        livingWith: living(t.wait.living),
      },
    ],
    faq: t.faq.map((row) => ({ ...row, sourceIds: ['uk-panel-2013', 'domingo-2016'] })),
    outcomes: [],
    values: t.values,
    knowledgeCheck: t.knowledge,
    screening: {
      measures: t.measures,
      truePositive: chance(5.5, 1000, t),
      falsePositive: chance(2.9, 100, t),
      falseNegative: chance(1.8, 1000, t),
      afterPositive: t.afterPositive,
      afterNegative: t.afterNegative,
      truePositiveText: t.tp,
      falsePositiveText: t.fp,
      falseNegativeText: t.fn,
    },
    nextSteps: t.nextSteps,
  };
}

const en: Texts = {
  title: 'Breast screening with mammograms, age 50 to 69',
  author: 'SDM Kit example content team',
  funding: 'No external funding. Written as example content for the open-source SDM Kit project.',
  conflicts: 'The authors declare no conflicts of interest.',
  updatePolicy: 'Checked against new reviews every year, and updated when the evidence changes.',
  conditionName: 'Breast cancer screening',
  conditionDescription:
    'Breast cancer is the most common cancer in women. Screening means looking for cancer in women who have no symptoms, so that it can be treated early.',
  question: 'Should I have screening mammograms?',
  context: 'A mammogram is an X-ray of the breasts. Screening programmes invite women every 2 or 3 years.',
  screen: {
    title: 'Have screening mammograms',
    summary: 'Go for a mammogram each time you are invited.',
    benefits: [
      'For every 10,000 women invited to screening every 3 years from age 50 to 70, about 43 deaths from breast cancer are avoided.',
      'A cancer found early may need less treatment.',
    ],
    harms: [
      'For every 10,000 women invited, about 129 are diagnosed with a cancer that would never have harmed them (overdiagnosis). They have treatment they did not need.',
      'Some women are called back for more tests and do not have cancer (a false alarm).',
    ],
    living: [
      'The X-ray takes a few minutes. Pressing the breast can be uncomfortable or painful for a short time.',
      'Waiting for results, or being called back, can be worrying.',
      'Most women go on with their day right after the test.',
      'You need time to get to the screening centre every 2 or 3 years.',
    ],
  },
  wait: {
    title: 'Do not have screening mammograms for now',
    summary: 'Skip screening. You can still see a doctor about any breast changes, and you can change your mind.',
    benefits: [
      'You avoid the chance of being diagnosed and treated for a cancer that would never have harmed you.',
      'You avoid false alarms and the extra tests that follow them.',
    ],
    harms: [
      'You miss the chance that screening finds a cancer early: screening avoids about 43 breast cancer deaths for every 10,000 women invited.',
    ],
    living: [
      'No X-ray and no pressing of the breast.',
      'Some women worry about not being checked. Others feel relieved.',
      'Nothing changes in your daily life.',
      'Keep looking out for breast changes such as a lump, and see a doctor if you notice one.',
    ],
  },
  faq: [
    {
      id: 'pain',
      question: 'Does it hurt?',
      answers: { screen: 'It can be uncomfortable or painful for a short time.', wait: 'No test, so no discomfort.' },
    },
    {
      id: 'false-alarm',
      question: 'Could I get a false alarm?',
      answers: {
        screen: 'Yes. About 29 out of 1000 women screened are called back and do not have cancer.',
        wait: 'No screening, so no false alarms from screening.',
      },
    },
    {
      id: 'overdiagnosis',
      question: 'Could I be treated for a cancer that would never harm me?',
      answers: {
        screen: 'Yes. This happens to about 129 of every 10,000 women invited.',
        wait: 'Much less likely, because fewer small cancers are found.',
      },
    },
    {
      id: 'radiation',
      question: 'Is the X-ray dose a problem?',
      answers: { screen: null, wait: 'No X-ray.' },
    },
  ],
  values: [
    { id: 'find-early', label: 'Finding a cancer early', supports: ['screen'] },
    { id: 'avoid-overtreatment', label: 'Avoiding treatment I might not need', supports: ['wait'] },
    { id: 'avoid-worry', label: 'Avoiding the worry of false alarms', supports: ['wait'] },
    {
      id: 'do-everything',
      label: 'Doing everything I can to lower my chance of dying of breast cancer',
      supports: ['screen'],
    },
  ],
  knowledge: [
    {
      id: 'k-false',
      question: 'If a screening mammogram is abnormal, does that always mean cancer?',
      choices: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
        { id: 'unsure', label: "I'm not sure" },
      ],
      correctChoiceId: 'no',
      explanation: 'Most women who are called back after a mammogram do not have cancer.',
    },
    {
      id: 'k-miss',
      question: 'Can a normal mammogram miss a cancer?',
      choices: [
        { id: 'yes', label: 'Yes, sometimes' },
        { id: 'no', label: 'No, never' },
      ],
      correctChoiceId: 'yes',
      explanation: '18 out of 10,000 women screened have a cancer found between screens after a normal result.',
    },
  ],
  measures:
    'A mammogram looks for signs of cancer in the breast, such as a small lump or tiny spots of calcium, before you can feel anything.',
  timeFrame: 'after one screening mammogram, until the next one',
  population: "women aged 50 to 69 in Norway's screening programme, 1996 to 2007",
  uncertainty:
    'These are counts from one national programme. Other countries report different numbers: for example 4.5 (US) and 4.0 (Spain) cancers found per 1000 exams, against 5.5 in Norway.',
  afterPositive:
    'You are called back for more tests, such as more X-rays or an ultrasound, and sometimes a biopsy (a small sample of tissue). Most women called back do not have cancer.',
  afterNegative: 'You are invited again in 2 or 3 years. See a doctor before then if you notice any breast change.',
  tp: 'Cancer found by the mammogram',
  fp: 'Called back, but no cancer (false alarm)',
  fn: 'Cancer missed: found between screens after a normal result',
  nextSteps: [
    'Think about what matters most to you, using the questions in this tool.',
    'Talk with your doctor or nurse about your own risk, for example if breast cancer runs in your family.',
    'You can change your mind at any time.',
  ],
};

const es: Texts = {
  title: 'Mamografías de cribado, de 50 a 69 años',
  author: 'Equipo de contenido de ejemplo de SDM Kit',
  funding: 'Sin financiación externa. Escrito como contenido de ejemplo para el proyecto de código abierto SDM Kit.',
  conflicts: 'Los autores declaran no tener conflictos de intereses.',
  updatePolicy: 'Se revisa cada año con las nuevas revisiones y se actualiza cuando cambian las pruebas.',
  conditionName: 'Cribado de cáncer de mama',
  conditionDescription:
    'El cáncer de mama es el cáncer más común en las mujeres. El cribado busca el cáncer en mujeres sin síntomas, para tratarlo pronto.',
  question: '¿Debo hacerme mamografías de cribado?',
  context:
    'Una mamografía es una radiografía de las mamas. Los programas de cribado invitan a las mujeres cada 2 o 3 años.',
  screen: {
    title: 'Hacerme mamografías de cribado',
    summary: 'Ir a la mamografía cada vez que la invitan.',
    benefits: [
      'Por cada 10.000 mujeres invitadas al cribado cada 3 años de los 50 a los 70, se evitan unas 43 muertes por cáncer de mama.',
      'Un cáncer encontrado pronto puede necesitar menos tratamiento.',
    ],
    harms: [
      'Por cada 10.000 mujeres invitadas, a unas 129 se les diagnostica un cáncer que nunca les habría hecho daño (sobrediagnóstico). Reciben un tratamiento que no necesitaban.',
      'A algunas mujeres las llaman para más pruebas y no tienen cáncer (una falsa alarma).',
    ],
    living: [
      'La radiografía dura unos minutos. Apretar la mama puede ser incómodo o doloroso un momento.',
      'Esperar los resultados, o que la vuelvan a llamar, puede preocupar.',
      'La mayoría de las mujeres sigue con su día justo después de la prueba.',
      'Necesita tiempo para ir al centro de cribado cada 2 o 3 años.',
    ],
  },
  wait: {
    title: 'No hacerme mamografías de cribado por ahora',
    summary: 'No hacer el cribado. Puede ir al médico si nota cambios en la mama, y puede cambiar de opinión.',
    benefits: [
      'Evita la posibilidad de que le diagnostiquen y traten un cáncer que nunca le habría hecho daño.',
      'Evita las falsas alarmas y las pruebas extra que vienen después.',
    ],
    harms: [
      'Pierde la posibilidad de que el cribado encuentre un cáncer pronto: el cribado evita unas 43 muertes por cáncer de mama por cada 10.000 mujeres invitadas.',
    ],
    living: [
      'Sin radiografía y sin apretar la mama.',
      'Algunas mujeres se preocupan por no revisarse. Otras sienten alivio.',
      'Nada cambia en su vida diaria.',
      'Siga atenta a cambios en la mama, como un bulto, y vaya al médico si nota alguno.',
    ],
  },
  faq: [
    {
      id: 'pain',
      question: '¿Duele?',
      answers: { screen: 'Puede ser incómodo o doloroso un momento.', wait: 'Sin prueba, sin molestias.' },
    },
    {
      id: 'false-alarm',
      question: '¿Puedo tener una falsa alarma?',
      answers: {
        screen: 'Sí. A unas 29 de cada 1000 mujeres cribadas las vuelven a llamar y no tienen cáncer.',
        wait: 'Sin cribado, no hay falsas alarmas por el cribado.',
      },
    },
    {
      id: 'overdiagnosis',
      question: '¿Me podrían tratar por un cáncer que nunca me haría daño?',
      answers: {
        screen: 'Sí. Pasa a unas 129 de cada 10.000 mujeres invitadas.',
        wait: 'Mucho menos probable, porque se encuentran menos cánceres pequeños.',
      },
    },
    {
      id: 'radiation',
      question: '¿Es un problema la dosis de rayos X?',
      answers: { screen: null, wait: 'Sin rayos X.' },
    },
  ],
  values: [
    { id: 'find-early', label: 'Encontrar un cáncer pronto', supports: ['screen'] },
    { id: 'avoid-overtreatment', label: 'Evitar un tratamiento que quizá no necesite', supports: ['wait'] },
    { id: 'avoid-worry', label: 'Evitar la preocupación de las falsas alarmas', supports: ['wait'] },
    {
      id: 'do-everything',
      label: 'Hacer todo lo posible para bajar mi probabilidad de morir de cáncer de mama',
      supports: ['screen'],
    },
  ],
  knowledge: [
    {
      id: 'k-false',
      question: 'Si una mamografía de cribado sale alterada, ¿siempre quiere decir cáncer?',
      choices: [
        { id: 'yes', label: 'Sí' },
        { id: 'no', label: 'No' },
        { id: 'unsure', label: 'No estoy segura' },
      ],
      correctChoiceId: 'no',
      explanation: 'La mayoría de las mujeres a las que vuelven a llamar no tienen cáncer.',
    },
    {
      id: 'k-miss',
      question: '¿Puede una mamografía normal no ver un cáncer?',
      choices: [
        { id: 'yes', label: 'Sí, a veces' },
        { id: 'no', label: 'No, nunca' },
      ],
      correctChoiceId: 'yes',
      explanation:
        'A 18 de cada 10.000 mujeres cribadas se les encuentra un cáncer entre dos cribados tras un resultado normal.',
    },
  ],
  measures:
    'La mamografía busca signos de cáncer en la mama, como un bulto pequeño o puntos de calcio, antes de que se pueda notar nada.',
  timeFrame: 'tras una mamografía de cribado, hasta la siguiente',
  population: 'mujeres de 50 a 69 años del programa de cribado de Noruega, de 1996 a 2007',
  uncertainty:
    'Son recuentos de un solo programa nacional. Otros países dan números distintos: por ejemplo 4,5 (EE. UU.) y 4,0 (España) cánceres encontrados por cada 1000 pruebas, frente a 5,5 en Noruega.',
  afterPositive:
    'La llaman para más pruebas, como más radiografías o una ecografía, y a veces una biopsia (una pequeña muestra de tejido). La mayoría de las mujeres a las que llaman no tiene cáncer.',
  afterNegative: 'La vuelven a invitar en 2 o 3 años. Vaya al médico antes si nota algún cambio en la mama.',
  tp: 'Cáncer encontrado por la mamografía',
  fp: 'La vuelven a llamar, pero no hay cáncer (falsa alarma)',
  fn: 'Cáncer no visto: encontrado entre cribados tras un resultado normal',
  nextSteps: [
    'Piense en lo que más le importa, con las preguntas de esta herramienta.',
    'Hable con su médico o enfermera sobre su propio riesgo, por ejemplo si hay cáncer de mama en su familia.',
    'Puede cambiar de opinión en cualquier momento.',
  ],
};

/** Screening mammography decision (English). */
export const mammographyScreeningEn: DecisionAidDocument = build('en', en);
/** Screening mammography decision (Spanish). */
export const mammographyScreeningEs: DecisionAidDocument = build('es', es);
