// Filled by the decision-aid work: schema, parse, store definition, selectors, text exports.
export {};
