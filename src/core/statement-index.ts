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
  settingProfiles,
  settings,
  sources,
  type StatementItem,
  type StatementItemKind,
} from './statement.js';
export { qualityStatementAppliesIn, qualityStatements, type QualityStatementSetting } from './quality-standard.js';
export {
  ANY_SERVICE,
  DEFAULT_GUIDANCE_QUERY,
  GUIDANCE_SETTING_IDS,
  guidanceFor,
  type AgeSection,
  type CommitmentsSection,
  type ExpectationsSection,
  type FocusItem,
  type FrontLineThemesSection,
  type GetHelpSection,
  type Guidance,
  type GuidanceQuery,
  type GuidanceSection,
  type GuidanceSetting,
  type NicePracticePointsSection,
  type OutcomesSection,
  type ProfessionalResourcesSection,
  type QualityStatementsSection,
  type StartHereSection,
} from './guidance.js';
export { search, type SearchOptions, type SearchResult } from './search.js';
export { foldText } from './fold-text.js';
export type { KnownGap, NicePracticePoint, NicePracticePointsFile } from '../../schema/nice.js';
export type { AgeProfile, AnyServiceSetting, FocusEntry, GuidanceSettingId, SettingProfile, SettingProfilesFile } from '../../schema/setting-profile.js';
export type { ProfessionalResource, ProfessionalResourceCategory } from '../../schema/professional-resource.js';
export type {
  QualityMeasure,
  QualityMeasureKind,
  QualityStandardFile,
  QualityStatement,
  QualityStatementScope,
  Qs34Wording,
  SupersededWording,
} from '../../schema/quality-standard.js';
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
