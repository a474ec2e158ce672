import type { NamespaceBundle } from '@sdmkit/core';

export const UI_NAMESPACE = 'sdm-ui';

const en = {
  close: 'Close',
  iconArray: {
    outOf_one: '{{count}} out of {{total}}',
    outOf_other: '{{count}} out of {{total}}',
    fewerThanOne: 'Fewer than 1 out of {{total}}',
    moreThan: 'More than {{count}} out of {{total}}',
    label: '{{events}} {{event}}. {{rest}} {{nonEvent}}.',
    showTable: 'Show as a table',
    tableGroup: 'Group',
    tableCount: 'Number of people',
  },
  demonstration: {
    title: 'Demonstration content',
    body: 'This example shows how the tool works. It is not medical advice and may not fit your situation.',
  },
  error: {
    title: 'This tool cannot be shown right now',
    body: 'Something is wrong with its content. Please tell the clinic. Anything you already typed is kept.',
    detailsSummary: 'Details for developers',
    problemCount_one: '{{count}} problem',
    problemCount_other: '{{count}} problems',
    retry: 'Try again',
  },
  save: {
    off: 'Not saved on this device',
    idle: '',
    hydrating: 'Loading your saved answers…',
    ready: 'Saved on this device',
    saved: 'Saved',
    'memory-only': 'Could not save on this device. Keep this page open, or print or copy your answers.',
  },
} as const;

const es = {
  close: 'Cerrar',
  iconArray: {
    outOf_one: '{{count}} de cada {{total}}',
    outOf_other: '{{count}} de cada {{total}}',
    fewerThanOne: 'Menos de 1 de cada {{total}}',
    moreThan: 'Más de {{count}} de cada {{total}}',
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
  },
} as const;

const ar = {
  close: 'إغلاق',
  iconArray: {
    outOf_zero: '{{count}} من كل {{total}}',
    outOf_one: '{{count}} من كل {{total}}',
    outOf_two: '{{count}} من كل {{total}}',
    outOf_few: '{{count}} من كل {{total}}',
    outOf_many: '{{count}} من كل {{total}}',
    outOf_other: '{{count}} من كل {{total}}',
    fewerThanOne: 'أقل من 1 من كل {{total}}',
    moreThan: 'أكثر من {{count}} من كل {{total}}',
    label: '{{events}} {{event}}. {{rest}} {{nonEvent}}.',
    showTable: 'عرض كجدول',
    tableGroup: 'المجموعة',
    tableCount: 'عدد الأشخاص',
  },
  demonstration: {
    title: 'محتوى توضيحي',
    body: 'يوضح هذا المثال طريقة عمل الأداة. وهو ليس نصيحة طبية وقد لا يناسب حالتك.',
  },
  error: {
    title: 'لا يمكن عرض هذه الأداة الآن',
    body: 'هناك مشكلة في محتواها. يرجى إبلاغ العيادة. ما كتبته بالفعل محفوظ.',
    detailsSummary: 'تفاصيل للمطورين',
    problemCount_zero: 'لا توجد مشكلات',
    problemCount_one: 'مشكلة واحدة',
    problemCount_two: 'مشكلتان',
    problemCount_few: '{{count}} مشكلات',
    problemCount_many: '{{count}} مشكلة',
    problemCount_other: '{{count}} مشكلة',
    retry: 'حاول مرة أخرى',
  },
  save: {
    off: 'لا يتم الحفظ على هذا الجهاز',
    idle: '',
    hydrating: 'جارٍ تحميل إجاباتك المحفوظة…',
    ready: 'محفوظ على هذا الجهاز',
    saved: 'تم الحفظ',
    'memory-only': 'تعذر الحفظ على هذا الجهاز. أبقِ هذه الصفحة مفتوحة، أو اطبع إجاباتك أو انسخها.',
  },
} as const;

/** The shared UI strings. Every widget includes this bundle. */
export const uiBundle: NamespaceBundle = { ns: UI_NAMESPACE, resources: { en, es, ar } };

export type UiMessages = typeof en;
