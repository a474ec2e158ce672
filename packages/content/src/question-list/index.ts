// Filled by the question-list work: example content.
export {};
