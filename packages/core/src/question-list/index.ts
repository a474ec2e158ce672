// Filled by the question-list work: schema, parse, store definition, selectors, text exports.
export {};
