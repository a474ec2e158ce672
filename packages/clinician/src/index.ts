'use client';
export { ClinicianScreen, type ClinicianScreenProps } from './ClinicianScreen/ClinicianScreen.js';
export {
  type ClinicianForms,
  type OpenPreparationOptions,
  openPatientPreparation,
  type PatientPreparation,
} from './ClinicianScreen/open.js';
export { CLINICIAN_NAMESPACE, type ClinicianMessages, clinicianBundle } from './i18n/resources.js';
