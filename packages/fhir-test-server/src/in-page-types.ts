/** The resource types the in-page FHIR server can search (its search parameters ship in search-parameters.json). */
export const IN_PAGE_TYPES = [
  'Patient',
  'Encounter',
  'Questionnaire',
  'QuestionnaireResponse',
  'DocumentReference',
  'MedicationStatement',
  'MedicationRequest',
  'AllergyIntolerance',
  'Condition',
] as const;
