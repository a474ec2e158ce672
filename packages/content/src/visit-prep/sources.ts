import type { Source } from '@sdmkit/core';

/** The published guidance the example templates follow. They contain no figures. */
export const visitPrepSources: readonly Source[] = [
  {
    id: 'sidm-toolkit',
    citation:
      "Society to Improve Diagnosis in Medicine (SIDM) Patient Engagement Committee. The Patient's Toolkit for Diagnosis. Parts: prepare for my medical appointment; my symptoms or pain; my medications; after my doctor's visit: what's next?",
    url: 'https://www.improvediagnosis.org/page/PatientResources',
  },
  {
    id: 'ahrq-questions',
    citation:
      'Agency for Healthcare Research and Quality (AHRQ). Questions Are the Answer: tips and question tools for before, during and after a medical visit, including writing down your top questions.',
    url: 'https://www.ahrq.gov/questions/',
  },
  {
    id: 'ournotes-2021',
    citation:
      'Walker J, Leveille S, Kriegel G, et al. Patients Contributing to Visit Notes: Mixed Methods Evaluation of OurNotes. J Med Internet Res. 2021;23(11):e29951.',
    url: 'https://www.jmir.org/2021/11/e29951',
    doi: '10.2196/29951',
    year: 2021,
  },
  {
    id: 'opennotes-ournotes',
    citation:
      'OpenNotes. OurNotes: patients and clinicians write visit notes together (pre-visit form with an agenda).',
    url: 'https://www.opennotes.org/ournotes-patients/',
  },
];
