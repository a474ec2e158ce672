// Filled by the visit-prep work: schema, parse, store definition, selectors, text exports.
export {};
