import type { TranslationPack } from '@sdmkit/core';
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { questionListAr } from '@sdmkit/question-list/locales/ar';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import type { CLINICIAN_NAMESPACE } from '../i18n/resources.js';
import { joinPacks } from './join.js';

const ar = {
  title: 'تحضيرات المريض',
  loading: 'جارٍ فتح تحضيرات المريض من السجل…',
  empty: 'لم يحضّر المريض شيئًا لهذه الزيارة بعد.',
  error: 'تعذّر فتح تحضيرات المريض من السجل.',
  retry: 'حاول مرة أخرى',
  sections: {
    agenda: 'جدول أعمال المريض',
    decision: 'القرار، على شاشة مشتركة',
    questions: 'أسئلة المريض',
  },
  missing: {
    visitPrep: 'لا يوجد تحضير للزيارة من المريض.',
    decisionAid: 'لا توجد إجابات من المريض في أداة دعم القرار.',
    questionList: 'لا توجد قائمة أسئلة من المريض.',
  },
  partial: {
    heading: 'قُرئت جزئيًا فقط',
    intro: 'تعذّرت قراءة هذه الإجابة كاملة. يُعرض ما أمكن قراءته؛ وتُركت هذه الأجزاء:',
    none: 'تعذّرت قراءة أي شيء من هذه الإجابة.',
    issue: '{{problem}} (في {{path}})',
    noSave: 'الحفظ متوقف لإجابة قُرئت جزئيًا فقط، حتى لا يضيع شيء مما كتبه المريض.',
    codes: {
      not_a_questionnaire_response: 'ليست إجابة على استبيان',
      wrong_questionnaire: 'تجيب عن استبيان آخر',
      wrong_version: 'تجيب عن إصدار آخر من هذا الاستبيان',
      unknown_link_id: 'إجابة عن سؤال ليس في هذا الإصدار',
      repeated_item: 'سؤال أُجيب عنه مرتين',
      invalid_answer: 'إجابة لا تناسب السؤال',
      too_many_answers: 'إجابات أكثر مما يسمح به السؤال',
      missing_answer: 'إجابة مطلوبة مفقودة',
      invalid_input: 'إجابات لا تتوافق معًا',
    },
  },
  write: {
    save: 'احفظ الإجابات في السجل',
    saving: 'جارٍ الحفظ…',
    saved: 'حُفظت في السجل.',
    conflict: 'لم تُحفظ: غيّر المريض أو أحد الزملاء هذه الإجابات منذ أن فتحتها. افتحها مرة أخرى لترى الاثنين.',
    merged: 'فُتحت مرة أخرى: تغييرات المريض أو الزميل وملاحظاتك موجودة كلها هنا. راجعها واحفظ مرة أخرى.',
    reopen: 'افتحها مرة أخرى',
    failed: 'لم تُحفظ: تعذّر الوصول إلى السجل. ملاحظاتك ما زالت هنا؛ حاول مرة أخرى.',
    record: 'سجّل القرار المشترك',
    recorded: 'ملاحظة القرار موجودة في السجل.',
    noteTitle: 'قرار مشترك',
  },
  flags: {
    heading: 'لطرحه في هذه الزيارة',
    unansweredTop: 'سؤال من الأسئلة الثلاثة الأهم لم يُجب عنه بعد: {{question}}',
    sureNo: 'أجاب بـ«لا» في اختبار الاستعداد (SURE): {{name}}',
  },
  patient: {
    heading: 'ما أخبرتنا به قبل الزيارة',
    rated: 'قيّمتَ «{{value}}» بأنه «{{rating}}».',
    concern: 'أضفتَ مخاوفك الخاصة «{{text}}» وقيّمتها بأنها «{{rating}}».',
    concernUnrated: 'أضفتَ مخاوفك الخاصة «{{text}}».',
    sure: 'أجبتَ «{{answer}}» عن «{{question}}»',
    leaning: 'تميل إلى: {{option}}.',
    leaningUnsure: 'لم تتأكد بعد إلى أي خيار تميل.',
    nothing: 'لم تقيّم أي شيء ولم تجب عن اختبار الاستعداد بعد.',
  },
  visit: {
    heading: 'القرار في هذه الزيارة',
    decision: 'القرار المتخذ',
    notDecided: 'لم يُتخذ القرار بعد',
    nextStep: 'الخطوة التالية',
    participants: 'من شارك (واحد في كل سطر)',
    save: 'احفظ القرار في السجل',
    noteDecided: 'القرار: {{option}}',
    noteNotDecided: 'القرار: لم يُتخذ بعد',
    noteNextStep: 'الخطوة التالية: {{step}}',
    noteParticipants: 'من شارك: {{names}}',
  },
  handoff: {
    sureQuestions: {
      certainty: 'ما الذي قد يساعدني أكثر على الشعور بالتأكد من اختياري؟',
      information: 'هل يمكننا مراجعة فوائد ومخاطر كل خيار مرة أخرى؟',
      values: 'ما الفوائد والمخاطر الأهم لشخص مثلي؟',
      support: 'من غيرك يمكنه مساعدتي في اتخاذ هذا القرار؟',
    },
    sureWhy: 'أجاب المريض بـ«لا» عن سؤال في اختبار الاستعداد في أداة دعم القرار.',
    heading: 'من أداة دعم القرار: {{title}}',
    leaning: 'يميل إلى: {{option}}',
    leaningUnsure: 'الميل: لم يتحدد بعد',
    mattersMost: 'الأهم بالنسبة له: {{labels}}',
    sureScore: 'اختبار الاستعداد (SURE): {{score}} من 4',
    sureOpen: 'لم يتأكد بعد من: {{names}}',
    sureNames: {
      certainty: 'الشعور بالتأكد',
      information: 'الفوائد والمخاطر',
      values: 'ما يهمه أكثر',
      support: 'الدعم والمشورة',
    },
    listSeparator: '؛ ',
    nameSeparator: '، ',
    questionList: 'أهم 3 أسئلة من قائمة الأسئلة',
  },
} as const;

/**
 * `@sdmkit/clinician` in Arabic (right to left), with the strings of the three widgets it opens and the shared UI
 * strings: pass it to the screen (`translations`) or to an `SdmTranslationsProvider`.
 */
export const clinicianAr: TranslationPack = joinPacks('ar', [decisionAidAr, visitPrepAr, questionListAr], {
  ns: 'sdm-clinician' satisfies typeof CLINICIAN_NAMESPACE,
  messages: ar,
});
