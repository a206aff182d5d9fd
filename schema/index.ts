/** Every content shape as a zod (mini) schema; TypeScript types are inferred from these. */
export * from './primitives.js';
export * from './vocabulary.js';
export * from './source.js';
export * from './services.js';
export * from './local-services.js';
export * from './statement.js';
export * from './nice.js';
export * from './quality-standard.js';
export * from './professional-resource.js';
export * from './sources-file.js';
export * from './translation.js';
export * from './setting-profile.js';
export * from './action-plan-vocabulary.js';
export * from './action-plan.js';
export * from './self-assessment.js';
export * from './assessment-framework.js';
