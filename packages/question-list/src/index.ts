'use client';
// Filled by the question-list work.
export {};
