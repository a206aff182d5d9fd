/**
 * The self-assessment's closed word lists, as plain values (like vocabulary.ts, so browser code can
 * use them without zod). A module of their own: the help panel's bundle imports vocabulary.ts,
 * and words only the self-assessment uses would otherwise be carried into it.
 */

/** What a self-assessment measures: a service against the statement, or a local policy against the guidance. */
export const ASSESSMENT_FRAMEWORKS = ['service', 'policy'] as const;

/**
 * How far a criterion is met, in the order a form offers them. `not-assessed` is where every
 * criterion starts; only the first three say how well it is met (see `RATING_ORDER` in the core).
 */
export const RATINGS = ['met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed'] as const;
