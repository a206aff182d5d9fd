/**
 * Self-assessment: a service measured against the Integrated Quality Statement (and NICE QS34),
 * or a local self-harm policy against the guidance. Pure functions over plain data; the element
 * `<shg-self-assessment>` renders them.
 */
export {
  ASSESSMENT_FRAMEWORK_IDS,
  assessmentFramework,
  criteriaOf,
  knownCriterionIds,
  type AssessmentFramework,
  type CriteriaGroup,
  type CriteriaGroupKind,
  type Criterion,
  type CriterionKind,
} from './frameworks.js';
export {
  alignResponses,
  blankResponse,
  canonical,
  frameworkOf,
  newAssessment,
  progressOf,
  responseTo,
  sameAssessment,
  withDetails,
  withResponse,
  type NewAssessmentDetails,
  type ResponseChange,
} from './assessment.js';
export {
  FrameworkMismatchError,
  RATING_CHANGES,
  RATING_ORDER,
  compare,
  summarise,
  type AssessmentComparison,
  type AssessmentSummary,
  type CriterionComparison,
  type GroupComparison,
  type GroupSummary,
  type RatingChange,
  type RatingCounts,
  type Tally,
} from './summary.js';
export { ASSESSMENT_CSV_COLUMNS, assessmentReport, assessmentToCsv, assessmentToJson, type AssessmentReport, type ReportGroup, type ReportRow } from './export.js';
export {
  MAX_FILE_CHARACTERS,
  importAssessment,
  migrateV0,
  type ImportProblem,
  type ImportProblemCode,
  type ImportResult,
  type ImportedAssessment,
} from './import.js';
export type {
  Assessment,
  AssessmentDetails,
  AssessmentFrameworkId,
  AssessmentResponse,
  AssessmentV0,
  Rating,
} from '../../../schema/self-assessment.js';
export type { AssessmentFrameworksFile, PolicyCriterion, PolicyCriteriaGroup, ServiceFramework } from '../../../schema/assessment-framework.js';
