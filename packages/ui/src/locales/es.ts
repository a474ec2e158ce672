import type { TranslationPack } from '@sdmkit/core';
import type { UI_NAMESPACE } from '../i18n/resources.js';

const es = {
  close: 'Cerrar',
  characterCount_one: '{{used}} de {{limit}} caracteres',
  characterCount_other: '{{used}} de {{limit}} caracteres',
  iconArray: {
    outOf_one: '{{count}} de cada {{total}}',
    outOf_other: '{{count}} de cada {{total}}',
    label: '{{events}} {{event}}. {{rest}} {{nonEvent}}.',
    showTable: 'Ver como tabla',
    tableGroup: 'Grupo',
    tableCount: 'Número de personas',
  },
  demonstration: {
    title: 'Contenido de demostración',
    body: 'Este ejemplo muestra cómo funciona la herramienta. No es un consejo médico y puede no ajustarse a su situación.',
  },
  error: {
    title: 'No se puede mostrar esta herramienta ahora',
    body: 'Hay un problema con su contenido. Avise a la clínica. Lo que ya escribió se conserva.',
    detailsSummary: 'Detalles para desarrolladores',
    problemCount_one: '{{count}} problema',
    problemCount_other: '{{count}} problemas',
    retry: 'Intentar de nuevo',
  },
  save: {
    off: 'No se guarda en este dispositivo',
    idle: '',
    hydrating: 'Cargando sus respuestas guardadas…',
    ready: 'Guardado en este dispositivo',
    saved: 'Guardado',
    sent: 'Guardado y enviado',
    notSent: 'Guardado en este dispositivo, todavía sin enviar. Se enviará cuando vuelva la conexión.',
    'memory-only':
      'No se pudo guardar en este dispositivo. Mantenga esta página abierta, o imprima o copie sus respuestas.',
    writeFailed:
      'Su último cambio todavía no se guardó. Sigue en esta página y se guardará de nuevo con su próximo cambio.',
    conflict:
      'No se guardó: estas respuestas también se cambiaron en otra pestaña o ventana. Mantenga esta página abierta, o imprima o copie sus respuestas.',
    keptAside:
      'No se pudieron abrir las respuestas guardadas antes en este dispositivo. Se conservaron, no se borraron.',
  },
  recovery: {
    contentChanged_one:
      '{{count}} respuesta se refiere a una pregunta o elemento que ya no está en este contenido. Se conservó.',
    contentChanged_other:
      '{{count}} respuestas se refieren a preguntas o elementos que ya no están en este contenido. Se conservaron.',
    conflict: 'Se conservó otra copia de sus respuestas (de otra pestaña, de otro dispositivo o de antes).',
    unreadable: 'No se pudieron abrir las respuestas guardadas antes. Se conservaron.',
    show: 'Mostrar',
    copy: 'Copiar',
    dismiss: 'Descartar',
    useCopy: 'Usar esa copia',
    about: {
      contentChanged: 'las respuestas que ya no están en este contenido',
      conflict: 'la otra copia de sus respuestas',
      unreadable: 'las respuestas que no se pudieron abrir',
    },
    aboutAt: '{{about}}, del {{when}}',
    dismissAbout: 'este mensaje sobre {{about}}',
    useAbout: '({{about}})',
    copyThese: 'estas respuestas',
    dialogTitle: 'Respuestas que ya no están en este contenido',
    dialogDescription:
      'Las preguntas o elementos de estas respuestas ya no están aquí. Abajo se muestran sus palabras.',
    noText: '(sin texto)',
    copyHeading: 'Respuestas conservadas de antes',
    copied: 'Copiado.',
    copyLabel: 'Texto para copiar',
    copyHint: 'El texto está seleccionado. Pulse Ctrl+C para copiarlo (Comando+C en una Mac).',
    restored: 'Ahora se muestra la otra copia. La que tenía se conservó.',
    restoreFailed: 'No se pudo usar esa copia. No se cambió nada.',
    gone: 'Esa copia ya no está en este dispositivo.',
  },
} as const;

/** The shared UI strings (`sdm-ui`) in Spanish. Widgets' own Spanish packs include them. */
export const uiEs: TranslationPack = {
  lng: 'es',
  bundles: [{ ns: 'sdm-ui' satisfies typeof UI_NAMESPACE, messages: es }],
};
