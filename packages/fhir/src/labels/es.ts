import type { DecisionAidFhirLabels, QuestionListFhirLabels, VisitPrepFhirLabels } from '../labels.js';

/*
 * Spanish wording for the questionnaires. Where a widget says the same thing, the text is the widget's own Spanish
 * (`@sdmkit/decision-aid`, `@sdmkit/visit-prep`, `@sdmkit/question-list` translations), so the patient reads the
 * same words on screen and in the record. Kept in step by hand: this package depends on `@sdmkit/core` only.
 */

/** Decision aid questionnaire labels in Spanish: pass as `labels` to `decisionAidQuestionnaire` and friends. */
export const decisionAidFhirLabelsEs: DecisionAidFhirLabels = {
  values: 'Lo que le importa',
  rating: { 0: 'Nada', 1: 'Un poco', 2: 'Algo', 3: 'Mucho', 4: 'Muchísimo' },
  ownConcerns: 'Otra cosa que le importa',
  ownConcernText: 'Su propia preocupación',
  ownConcernRating: 'Cuánto le importa',
  ownConcernOptions: '¿A favor de qué opciones habla esto?',
  knowledge: 'Compruebe lo que entiende',
  sure: '¿Está listo para decidir?',
  sureItems: {
    sure: '¿Se siente seguro de cuál es la mejor opción para usted?',
    understand: '¿Conoce los beneficios y los riesgos de cada opción?',
    riskBenefit: '¿Tiene claro qué beneficios y riesgos le importan más?',
    encouragement: '¿Tiene suficiente apoyo y consejo para elegir?',
  },
  unsure: 'Aún no lo sé',
  riskProfile: 'Números para personas como usted',
  result: 'Resultado',
  resultOptions: 'Opciones que se tuvieron en cuenta',
  resultFit: 'Cómo encajan las opciones con sus respuestas',
  resultFitOption: 'Opción',
  resultFitPercent: 'Parte de lo que valoró (porcentaje)',
  resultSureScore: 'Puntuación de la prueba SURE (de 4)',
  resultKnowledgeCorrect: 'Respuestas como dicen los estudios',
  visit: 'En la consulta',
  visitDecision: 'Decisión tomada',
  notDecided: 'Aún no decidido',
  visitNextStep: 'Siguiente paso',
  visitParticipants: 'Quién participó',
};

/** Visit preparation questionnaire labels in Spanish: pass as `labels` to `visitPrepQuestionnaire` and friends. */
export const visitPrepFhirLabelsEs: VisitPrepFhirLabels = {
  reason: 'Motivo principal de la consulta',
  concern: 'Preocupación',
  concernText: 'Preocupación',
  symptoms: {
    what: '¿Qué siente?',
    where: '¿Dónde lo siente?',
    bodyAreas: 'Partes del cuerpo',
    onset: '¿Cuándo empezó? (año-mes-día)',
    timeline: 'Cómo ha cambiado con el tiempo',
    timelineDate: 'Fecha (año-mes-día)',
    timelineNote: '¿Qué cambió?',
    better: '¿Qué lo mejora?',
    worse: '¿Qué lo empeora?',
    severity: '¿Qué tan fuerte es en su peor momento?',
    tried: '¿Qué ha probado hasta ahora?',
  },
  severity: {
    'very-mild': 'Muy leve',
    mild: 'Leve',
    moderate: 'Moderado',
    severe: 'Fuerte',
    'very-severe': 'Muy fuerte',
  },
  medicines: {
    none: 'No tomo ningún medicamento',
    medicine: 'Medicamento',
    supplement: 'Suplemento o remedio',
    name: 'Nombre',
    dose: 'Dosis',
    frequency: 'Cada cuánto',
    reason: 'Para qué es',
    taking: '¿Lo está tomando?',
    noAllergies: 'No tengo alergias conocidas',
    allergy: 'Alergia',
    substance: '¿A qué es alérgico?',
    reaction: '¿Qué le pasa?',
    condition: 'Problema de salud',
    conditionName: 'Nombre',
  },
  taking: { yes: 'Sí', sometimes: 'A veces', no: 'No' },
  whatMatters: { goals: '¿Qué espera de esta consulta?', worries: '¿Qué es lo que más le preocupa?' },
  question: 'Pregunta',
  questionText: 'Pregunta',
  practical: {
    interpreter: 'Quiero un intérprete',
    interpreterLanguage: '¿En qué idioma?',
    accessibility: 'Ayuda de acceso, por ejemplo para moverse, ver u oír',
    companion: '¿Viene alguien con usted?',
    time: '¿Tiene algún límite de tiempo ese día?',
    none: 'No tengo necesidades prácticas para esta consulta',
  },
  after: {
    nextSteps: 'Siguientes pasos',
    tests: 'Pruebas que le pidieron',
    results: '¿Cuándo y cómo recibirá los resultados?',
    followUpDate: 'Fecha de la próxima cita (año-mes-día)',
    watchFor: 'A qué estar atento y cuándo llamar',
  },
};

/** Question list questionnaire labels in Spanish: pass as `labels` to `questionListQuestionnaire` and friends. */
export const questionListFhirLabelsEs: QuestionListFhirLabels = {
  questions: 'Mis preguntas',
  source: 'De dónde viene la pregunta',
  sources: { library: 'De la lista', own: 'Mi propia pregunta', suggested: 'Sugerida' },
  library: 'Pregunta de la lista',
  text: 'Mis palabras',
  why: '¿Por qué preguntar esto?',
  status: 'Estado',
  statuses: { open: 'Sin hacer todavía', asked: 'Hecha', answered: 'Respondida' },
  note: 'Lo que dijo el profesional de salud',
  followUp: 'Dar seguimiento después',
};
