import type { TranslationPack } from '@sdmkit/core';
import type { UI_NAMESPACE } from '../i18n/resources.js';

const es = {
  close: 'Cerrar',
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
    'memory-only':
      'No se pudo guardar en este dispositivo. Mantenga esta página abierta, o imprima o copie sus respuestas.',
    writeFailed:
      'Su último cambio todavía no se guardó. Sigue en esta página y se guardará de nuevo con su próximo cambio.',
    conflict:
      'No se guardó: estas respuestas también se cambiaron en otra pestaña o ventana. Mantenga esta página abierta, o imprima o copie sus respuestas.',
    keptAside:
      'No se pudieron abrir las respuestas guardadas antes en este dispositivo. Se conservaron, no se borraron.',
  },
} as const;

/** The shared UI strings (`sdm-ui`) in Spanish. Widgets' own Spanish packs include them. */
export const uiEs: TranslationPack = {
  lng: 'es',
  bundles: [{ ns: 'sdm-ui' satisfies typeof UI_NAMESPACE, messages: es }],
};
