import type { TranslationPack } from '@sdmkit/core';
import type { UI_NAMESPACE } from '../i18n/resources.js';

const ar = {
  close: 'إغلاق',
  iconArray: {
    outOf_zero: '{{count}} من كل {{total}}',
    outOf_one: '{{count}} من كل {{total}}',
    outOf_two: '{{count}} من كل {{total}}',
    outOf_few: '{{count}} من كل {{total}}',
    outOf_many: '{{count}} من كل {{total}}',
    outOf_other: '{{count}} من كل {{total}}',
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
    writeFailed: 'لم يُحفظ تغييرك الأخير بعد. سيبقى في هذه الصفحة وسيُحفظ مرة أخرى مع تغييرك التالي.',
    conflict:
      'لم يتم الحفظ: تم تغيير هذه الإجابات أيضًا في علامة تبويب أو نافذة أخرى. أبقِ هذه الصفحة مفتوحة، أو اطبع إجاباتك أو انسخها.',
    keptAside: 'تعذر فتح الإجابات المحفوظة سابقًا على هذا الجهاز. تم الاحتفاظ بها ولم تُحذف.',
  },
} as const;

/** The shared UI strings (`sdm-ui`) in Arabic. Widgets' own Arabic packs include them. */
export const uiAr: TranslationPack = {
  lng: 'ar',
  bundles: [{ ns: 'sdm-ui' satisfies typeof UI_NAMESPACE, messages: ar }],
};
