import type { Source } from '@sdmkit/core';

/** Published sources of the example prompt lists. Wording marked "adapted" in a row's comment was shortened. */
export const questionListSources: readonly Source[] = [
  {
    id: 'shepherd-2011',
    citation:
      'Shepherd HL, Barratt A, Trevena LJ, McGeechan K, Carey K, Epstein RM, Butow PN, Del Mar CB, Entwistle V, Tattersall MHN. Three questions that patients can ask to improve the quality of information physicians give about treatment options: a cross-over trial. Patient Education and Counseling. 2011;84(3):379-385.',
    doi: '10.1016/j.pec.2011.07.022',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21831558/',
    year: 2011,
  },
  {
    id: 'ahrq-questions',
    citation:
      'Agency for Healthcare Research and Quality (AHRQ). Questions Are the Answer: 10 questions to ask your healthcare provider, and the Question Builder. Rockville, MD: AHRQ.',
    url: 'https://www.ahrq.gov/questions/',
  },
  {
    id: 'ahrq-tests',
    citation:
      'Agency for Healthcare Research and Quality (AHRQ). Navigating the Health Care System: Tips for taking medical tests (Healthcare 411 interview with Carolyn Clancy, 13 February 2008).',
    url: 'https://healthcare411.ahrq.gov/transcript.aspx?id=747&type=seg',
    year: 2008,
  },
  {
    id: 'sidm-toolkit',
    citation:
      'Society to Improve Diagnosis in Medicine (SIDM). Patient\u2019s Toolkit for Diagnosis; and "Patients" (betterdiagnosis.org), which advises patients to ask "what else could it be?" and to know how and when to return if symptoms change.',
    url: 'https://betterdiagnosis.org/patients/',
  },
];
