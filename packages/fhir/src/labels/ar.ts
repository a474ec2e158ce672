import type { DecisionAidFhirLabels, QuestionListFhirLabels, VisitPrepFhirLabels } from '../labels.js';

/*
 * Arabic wording for the questionnaires. Where a widget says the same thing, the text is the widget's own Arabic
 * (`@sdmkit/decision-aid`, `@sdmkit/visit-prep`, `@sdmkit/question-list` translations), so the patient reads the
 * same words on screen and in the record. Kept in step by hand: this package depends on `@sdmkit/core` only.
 */

/** Decision aid questionnaire labels in Arabic: pass as `labels` to `decisionAidQuestionnaire` and friends. */
export const decisionAidFhirLabelsAr: DecisionAidFhirLabels = {
  values: 'ما يهمك',
  rating: { 0: 'لا يهم إطلاقًا', 1: 'قليلًا', 2: 'إلى حد ما', 3: 'كثيرًا', 4: 'كثيرًا جدًا' },
  ownConcerns: 'أمر آخر يهمك',
  ownConcernText: 'همّك الخاص',
  ownConcernRating: 'مدى أهميته لك',
  ownConcernOptions: 'لصالح أي الخيارات يتحدث هذا الأمر؟',
  knowledge: 'تحقق من فهمك',
  sure: 'هل أنت مستعد للقرار؟',
  sureItems: {
    sure: 'هل تشعر بالتأكد من الخيار الأفضل لك؟',
    understand: 'هل تعرف فوائد كل خيار ومخاطره؟',
    riskBenefit: 'هل أنت واضح بشأن الفوائد والمخاطر الأهم بالنسبة لك؟',
    encouragement: 'هل لديك ما يكفي من الدعم والنصيحة لتختار؟',
  },
  unsure: 'لست متأكدًا بعد',
  riskProfile: 'أرقام لأشخاص مثلك',
  result: 'النتيجة',
  resultOptions: 'الخيارات التي نُظر فيها',
  resultFit: 'مدى توافق الخيارات مع تقييماتك',
  resultFitOption: 'الخيار',
  resultFitPercent: 'نسبة ما قيّمته (بالمئة)',
  resultSureScore: 'نتيجة اختبار SURE (من 4)',
  resultKnowledgeCorrect: 'الإجابات المطابقة لما تقوله الأدلة',
  visit: 'في الزيارة',
  visitDecision: 'القرار المتخذ',
  notDecided: 'لم يُتخذ القرار بعد',
  visitNextStep: 'الخطوة التالية',
  visitParticipants: 'من شارك',
};

/** Visit preparation questionnaire labels in Arabic: pass as `labels` to `visitPrepQuestionnaire` and friends. */
export const visitPrepFhirLabelsAr: VisitPrepFhirLabels = {
  reason: 'السبب الرئيسي للزيارة',
  concern: 'المخاوف',
  concernText: 'المخاوف',
  symptoms: {
    what: 'بماذا تشعر؟',
    where: 'أين تشعر به؟',
    bodyAreas: 'أجزاء الجسم',
    onset: 'متى بدأ؟ (سنة-شهر-يوم)',
    timeline: 'كيف تغيّر مع الوقت',
    timelineDate: 'التاريخ (سنة-شهر-يوم)',
    timelineNote: 'ما الذي تغيّر؟',
    better: 'ما الذي يحسّنه؟',
    worse: 'ما الذي يزيده سوءًا؟',
    severity: 'ما مدى شدته في أسوأ حالاته؟',
    tried: 'ماذا جرّبت حتى الآن؟',
  },
  severity: {
    'very-mild': 'خفيف جدًا',
    mild: 'خفيف',
    moderate: 'متوسط',
    severe: 'شديد',
    'very-severe': 'شديد جدًا',
  },
  medicines: {
    none: 'لا أتناول أي أدوية',
    medicine: 'الدواء',
    supplement: 'مكمل أو علاج طبيعي',
    name: 'الاسم',
    dose: 'الجرعة',
    frequency: 'كم مرة',
    reason: 'لماذا تتناوله',
    taking: 'هل تتناوله؟',
    noAllergies: 'ليست لدي حساسية معروفة',
    allergy: 'الحساسية',
    substance: 'مما لديك حساسية؟',
    reaction: 'ماذا يحدث لك؟',
    condition: 'الحالة الصحية',
    conditionName: 'الاسم',
  },
  taking: { yes: 'نعم', sometimes: 'أحيانًا', no: 'لا' },
  whatMatters: { goals: 'ماذا تأمل أن تحصل عليه من هذه الزيارة؟', worries: 'ما أكثر ما يقلقك؟' },
  question: 'السؤال',
  questionText: 'السؤال',
  practical: {
    interpreter: 'أريد مترجمًا',
    interpreterLanguage: 'بأي لغة؟',
    accessibility: 'مساعدة في الوصول، مثل الحركة أو الرؤية أو السمع',
    companion: 'هل سيأتي أحد معك؟',
    time: 'هل لديك قيود على الوقت في ذلك اليوم؟',
    none: 'ليست لدي احتياجات عملية لهذه الزيارة',
  },
  after: {
    nextSteps: 'الخطوات التالية',
    tests: 'الفحوص المطلوبة',
    results: 'متى وكيف ستصلك النتائج؟',
    followUpDate: 'موعد المتابعة (سنة-شهر-يوم)',
    watchFor: 'ما الذي تنتبه له، ومتى تتصل',
  },
};

/** Question list questionnaire labels in Arabic: pass as `labels` to `questionListQuestionnaire` and friends. */
export const questionListFhirLabelsAr: QuestionListFhirLabels = {
  questions: 'أسئلتي',
  source: 'مصدر السؤال',
  sources: { library: 'من القائمة', own: 'سؤالي الخاص', suggested: 'مقترح' },
  library: 'سؤال من القائمة',
  text: 'صياغتي',
  why: 'لماذا أسأل هذا؟',
  status: 'الحالة',
  statuses: { open: 'لم يُطرح بعد', asked: 'طُرح', answered: 'أُجيب عنه' },
  note: 'ما قاله مقدم الرعاية الصحية',
  followUp: 'للمتابعة لاحقًا',
};
