'use client';
// Filled by the visit-prep work.
export {};
