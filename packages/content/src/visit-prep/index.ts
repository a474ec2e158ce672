// Filled by the visit-prep work: example content.
export {};
