// Filled by the decision-aid work: provider and hooks.
export {};
