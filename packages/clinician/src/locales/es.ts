import type { TranslationPack } from '@sdmkit/core';
import { decisionAidEs } from '@sdmkit/decision-aid/locales/es';
import { questionListEs } from '@sdmkit/question-list/locales/es';
import { visitPrepEs } from '@sdmkit/visit-prep/locales/es';
import type { CLINICIAN_NAMESPACE } from '../i18n/resources.js';
import { joinPacks } from './join.js';

const es = {
  title: 'La preparación del paciente',
  loading: 'Abriendo la preparación del paciente desde la historia clínica…',
  empty: 'El paciente aún no ha preparado nada para esta consulta.',
  error: 'No se pudo abrir la preparación del paciente desde la historia clínica.',
  retry: 'Intentar de nuevo',
  sections: {
    agenda: 'La agenda del paciente',
    decision: 'La decisión, en una pantalla compartida',
    questions: 'Las preguntas del paciente',
  },
  missing: {
    visitPrep: 'No hay preparación de la consulta del paciente.',
    decisionAid: 'No hay respuestas del paciente en la ayuda para decidir.',
    questionList: 'No hay lista de preguntas del paciente.',
  },
  partial: {
    heading: 'Leída solo en parte',
    intro: 'Esta respuesta solo se pudo leer en parte. Se muestra lo que se pudo leer; estas partes quedaron fuera:',
    none: 'No se pudo leer nada de esta respuesta.',
    issue: '{{problem}} (en {{path}})',
    noSave:
      'Guardar está desactivado para una respuesta leída solo en parte, para que no se pierda nada de lo que escribió el paciente.',
    codes: {
      not_a_questionnaire_response: 'no es una respuesta a un cuestionario',
      wrong_questionnaire: 'responde a otro cuestionario',
      wrong_version: 'responde a otra versión de este cuestionario',
      unknown_link_id: 'una respuesta a una pregunta que esta versión no tiene',
      repeated_item: 'una pregunta respondida dos veces',
      invalid_answer: 'una respuesta que no corresponde a la pregunta',
      too_many_answers: 'más respuestas de las que permite la pregunta',
      missing_answer: 'falta una respuesta obligatoria',
      invalid_input: 'respuestas que no concuerdan entre sí',
    },
  },
  write: {
    save: 'Guardar las respuestas en la historia clínica',
    saving: 'Guardando…',
    saved: 'Guardado en la historia clínica.',
    conflict:
      'No se guardó: el paciente o un colega cambió estas respuestas desde que las abrió. Ábralas de nuevo para ver ambas versiones.',
    merged:
      'Abiertas de nuevo: los cambios del paciente o del colega y sus notas están aquí. Revíselos y guarde de nuevo.',
    reopen: 'Abrirlas de nuevo',
    failed: 'No se guardó: no se pudo conectar con la historia clínica. Sus notas siguen aquí; inténtelo de nuevo.',
    record: 'Registrar la decisión compartida',
    recorded: 'La nota de la decisión está en la historia clínica.',
    noteTitle: 'Decisión compartida',
  },
  flags: {
    heading: 'Para tratar en esta consulta',
    unansweredTop: 'Pregunta principal aún sin responder: {{question}}',
    sureNo: 'Respondió «no» en la prueba de preparación (SURE): {{name}}',
  },
  patient: {
    heading: 'Lo que nos dijo antes de la consulta',
    rated: 'Usted valoró «{{value}}» como «{{rating}}».',
    concern: 'Usted añadió su propia inquietud «{{text}}» y la valoró como «{{rating}}».',
    concernUnrated: 'Usted añadió su propia inquietud «{{text}}».',
    sure: 'Usted respondió «{{answer}}» a «{{question}}»',
    leaning: 'Usted se inclina por: {{option}}.',
    leaningUnsure: 'Usted aún no sabe por qué opción se inclina.',
    nothing: 'Aún no ha valorado nada ni respondido la prueba de preparación.',
  },
  visit: {
    heading: 'La decisión en esta consulta',
    decision: 'Decisión tomada',
    notDecided: 'Aún no decidido',
    nextStep: 'Siguiente paso',
    participants: 'Quién participó (uno por línea)',
    save: 'Guardar la decisión en la historia clínica',
    noteDecided: 'Decisión: {{option}}',
    noteNotDecided: 'Decisión: aún no decidida',
    noteNextStep: 'Siguiente paso: {{step}}',
    noteParticipants: 'Quién participó: {{names}}',
  },
  handoff: {
    sureQuestions: {
      certainty: '¿Qué más me ayudaría a sentirme seguro de mi elección?',
      information: '¿Podemos repasar otra vez los beneficios y riesgos de cada opción?',
      values: '¿Qué beneficios y riesgos importan más para alguien como yo?',
      support: '¿Quién más podría ayudarme a tomar esta decisión?',
    },
    sureWhy: 'El paciente respondió «no» a una pregunta de la prueba de preparación de la ayuda para decidir.',
    heading: 'De la ayuda para decidir: {{title}}',
    leaning: 'Se inclina por: {{option}}',
    leaningUnsure: 'Inclinación: aún no lo sabe',
    mattersMost: 'Lo que más le importa: {{labels}}',
    sureScore: 'Prueba de preparación (SURE): {{score}} de 4',
    sureOpen: 'Aún no está seguro sobre: {{names}}',
    sureNames: {
      certainty: 'sentirse seguro',
      information: 'beneficios y riesgos',
      values: 'lo que más le importa',
      support: 'apoyo y consejo',
    },
    listSeparator: '; ',
    nameSeparator: ', ',
    questionList: 'Las 3 preguntas principales de la lista de preguntas',
  },
} as const;

/**
 * `@sdmkit/clinician` in Spanish, with the strings of the three widgets it opens and the shared UI strings: pass it
 * to the screen (`translations`) or to an `SdmTranslationsProvider`.
 */
export const clinicianEs: TranslationPack = joinPacks('es', [decisionAidEs, visitPrepEs, questionListEs], {
  ns: 'sdm-clinician' satisfies typeof CLINICIAN_NAMESPACE,
  messages: es,
});
