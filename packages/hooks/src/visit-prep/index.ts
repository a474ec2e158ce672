// Filled by the visit-prep work: provider and hooks.
export {};
