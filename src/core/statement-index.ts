/**
 * Everything the core offers about the statement, NICE points, NCISH resources, settings and
 * audiences. Re-exported from `src/core/index.ts`.
 */
export {
  AUDIENCE_IDS,
  SETTING_IDS,
  allItems,
  appliesIn,
  audiences,
  getItem,
  getSource,
  getStatement,
  isAudienceId,
  isSettingId,
  nicePracticePoints,
  professionalResources,
  settings,
  sources,
  type StatementItem,
  type StatementItemKind,
} from './statement.js';
export { qualityStatements } from './quality-standard.js';
export {
  DEFAULT_GUIDANCE_QUERY,
  guidanceFor,
  type CommitmentsSection,
  type ExpectationsSection,
  type GetHelpSection,
  type Guidance,
  type GuidanceQuery,
  type GuidanceSection,
  type NicePracticePointsSection,
  type OutcomesSection,
  type ProfessionalResourcesSection,
} from './guidance.js';
export { search, type SearchOptions, type SearchResult } from './search.js';
export { foldText } from './fold-text.js';
export type { NicePracticePoint, NicePracticePointsFile } from '../../schema/nice.js';
export type { ProfessionalResource, ProfessionalResourceCategory } from '../../schema/professional-resource.js';
export type { QualityMeasure, QualityMeasureKind, QualityStandardFile, QualityStatement, Qs34Wording, SupersededWording } from '../../schema/quality-standard.js';
export type { SourceDocument, SourceRef } from '../../schema/source.js';
export type {
  Audience,
  AudienceId,
  Commitment,
  ContentReview,
  Definition,
  Domain,
  DomainKey,
  Outcome,
  Paragraph,
  Reference,
  Setting,
  SettingId,
  Statement,
  Theme,
  ThemeKey,
} from '../../schema/statement.js';
