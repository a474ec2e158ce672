// Filled by the decision-aid work: example content.
export {};
