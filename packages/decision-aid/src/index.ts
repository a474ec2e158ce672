'use client';
// Filled by the decision-aid work.
export {};
