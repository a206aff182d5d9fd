/**
 * The frameworks a self-assessment measures against, as content (`content/en/self-assessment-frameworks.json`).
 *
 * The `service` framework's criteria are the statement's own outcomes and commitments and the
 * NICE QS34 statements, by their ids: this file holds only the words around them (titles, and the
 * question an outcome asks). The `policy` framework's criteria are written here, each quoting the
 * source that asks for it (`source`, and any further sources in `also`); a test finds every quote
 * in its source. No criterion is added that no source asks for.
 */
import * as z from 'zod/mini';
import { SourceRef } from './source.js';
import { ContentReview } from './statement.js';

const Text = z.string().check(z.minLength(1));

/** A group of the service framework whose criteria come from elsewhere, with its own name and question. */
export const ServiceCriteriaGroup = z.object({
  id: z.string().check(z.regex(/^self-assessment\.service\.[a-z0-9-]+$/, 'service group ids are self-assessment.service.<slug>')),
  name: Text,
  /** The question each criterion in the group asks, e.g. "How do you know people experience this?". */
  prompt: Text,
});
export type ServiceCriteriaGroup = z.infer<typeof ServiceCriteriaGroup>;

export const ServiceFramework = z.object({
  id: z.literal('self-assessment.service'),
  title: Text,
  description: Text,
  /** The 12 outcomes, each asked as "how do you know people experience this?". */
  outcomes: ServiceCriteriaGroup,
  /** The eight NICE QS34 statements (health and social care settings only). */
  qualityStatements: ServiceCriteriaGroup,
});
export type ServiceFramework = z.infer<typeof ServiceFramework>;

/** One check of a local self-harm policy. */
export const PolicyCriterion = z.object({
  id: z.string().check(z.regex(/^policy\.[a-z0-9-]+$/, 'policy criterion ids are policy.<slug>')),
  /** The check, answerable as met, partly met or not met: "The policy …". */
  text: Text,
  /** The source that asks for it, quoted verbatim. */
  source: SourceRef,
  /** Further sources asking the same thing, each quoted verbatim (`{ "source": … }`, so the quote checks find it). */
  also: z.optional(z.array(z.object({ source: SourceRef })).check(z.minLength(1))),
});
export type PolicyCriterion = z.infer<typeof PolicyCriterion>;

export const PolicyCriteriaGroup = z.object({
  id: z.string().check(z.regex(/^policy\.group\.[a-z0-9-]+$/, 'policy group ids are policy.group.<slug>')),
  name: Text,
  criteria: z.array(PolicyCriterion).check(z.minLength(1)),
});
export type PolicyCriteriaGroup = z.infer<typeof PolicyCriteriaGroup>;

export const PolicyFramework = z.object({
  id: z.literal('self-assessment.policy'),
  title: Text,
  description: Text,
  groups: z.array(PolicyCriteriaGroup).check(z.minLength(1)),
});
export type PolicyFramework = z.infer<typeof PolicyFramework>;

/** `content/en/self-assessment-frameworks.json`. */
export const AssessmentFrameworksFile = z.object({
  $schema: z.optional(z.string()),
  id: z.literal('self-assessment'),
  review: ContentReview,
  service: ServiceFramework,
  policy: PolicyFramework,
});
export type AssessmentFrameworksFile = z.infer<typeof AssessmentFrameworksFile>;
