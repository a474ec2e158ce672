// Filled by the question-list work: provider and hooks.
export {};
