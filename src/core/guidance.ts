/**
 * "What good looks like" for one setting and audience, as ordered sections. The core decides what
 * is shown and in what order; elements word the headings and render it. Sections hold the content
 * objects themselves, never copies of their text, so `translate()` turns a whole answer into
 * another language by item id.
 */
import type { NicePracticePoint, NicePracticePointsFile } from '../../schema/nice.js';
import type { ProfessionalResource } from '../../schema/professional-resource.js';
import type { QualityStandardFile, QualityStatement } from '../../schema/quality-standard.js';
import type { AgeGroup } from '../../schema/services.js';
import type { AnyServiceSetting, FocusEntry, GuidanceSettingId } from '../../schema/setting-profile.js';
import type { SourceDocument } from '../../schema/source.js';
import type { Audience, AudienceId, Commitment, Domain, Outcome, Paragraph, Setting, Theme } from '../../schema/statement.js';
import { AGE_GROUPS, ANY_SERVICE } from '../../schema/vocabulary.js';
import { assertOption } from './errors.js';
import {
  AUDIENCE_IDS,
  SETTING_IDS,
  appliesIn,
  audiences,
  getItem,
  getSource,
  getStatement,
  nicePracticePoints,
  professionalResources,
  settingProfiles,
  settings,
  type StatementItem,
} from './statement.js';
import { qualityStatementAppliesIn, qualityStatements } from './quality-standard.js';


export { ANY_SERVICE };

/** Which guidance to build. */
export interface GuidanceQuery {
  /** One of the statement's settings, or `any-service` for the neutral view. */
  readonly setting: GuidanceSettingId;
  readonly audience: AudienceId;
  /** Brings forward the items that name this age group. */
  readonly age?: AgeGroup | undefined;
}

/**
 * The query elements fall back to when theirs is missing or unknown: a person, in the neutral view
 * for any service responding to self-harm. It shows help first, then what every service is asked
 * for, then all 12 outcomes in plain words, and nothing meant for staff, so it is safe for any
 * reader and names no setting the reader did not choose.
 */
export const DEFAULT_GUIDANCE_QUERY: GuidanceQuery = Object.freeze({ setting: ANY_SERVICE, audience: 'person' });

/** Every value `guidanceFor` takes as a setting: the statement's settings, then the neutral view. */
export const GUIDANCE_SETTING_IDS: readonly GuidanceSettingId[] = [...SETTING_IDS, ANY_SERVICE];

/** A setting as guidance sees it: one of the statement's, or the neutral view. */
export type GuidanceSetting = Setting | AnyServiceSetting;

/** Where an element shows the help panel: every guidance has one, because self-harm is discussed. */
export interface GetHelpSection {
  readonly kind: 'get-help';
  readonly id: 'get-help';
}

/** An item brought forward, with the profile entry that says why (`focus.why`, translated by `focus.id`). */
export interface FocusItem {
  readonly focus: FocusEntry;
  readonly entry: StatementItem;
}

/**
 * "Start here": the setting's profile, open first. People and carers get its outcomes (in plain
 * words); staff get all of it. Every item is also shown in its place below.
 */
export interface StartHereSection {
  readonly kind: 'start-here';
  readonly id: 'start-here';
  readonly items: readonly FocusItem[];
}

/** The items that name the reader's age group, for staff, each with why. */
export interface AgeSection {
  readonly kind: 'age';
  readonly id: 'age';
  readonly age: AgeGroup;
  readonly items: readonly FocusItem[];
}

/**
 * The outcomes in plain language, for people and carers (`audience` says which, so the heading can
 * address them); `item.text` stays available beside `item.plain`.
 */
export interface ExpectationsSection {
  readonly kind: 'expectations';
  readonly id: 'what-you-can-expect';
  readonly audience: 'person' | 'carer';
  readonly items: readonly Outcome[];
}

/** The outcomes in the statement's own words, with the stem (`lead`) they complete. */
export interface OutcomesSection {
  readonly kind: 'outcomes';
  readonly id: 'outcomes';
  readonly lead: Paragraph;
  readonly items: readonly Outcome[];
}

/** One domain or theme (its `name` and `lead`) and those of its commitments that apply in the setting. */
export interface CommitmentsSection {
  readonly kind: 'domain' | 'theme';
  readonly id: string;
  readonly group: Domain | Theme;
  readonly items: readonly Commitment[];
}

/** Theme commitments that speak to front-line practice, for professionals, each with why. */
export interface FrontLineThemesSection {
  readonly kind: 'front-line-themes';
  readonly id: 'front-line-themes';
  readonly items: readonly FocusItem[];
}

/**
 * NICE quality standard QS34: the statements that apply in the setting, in the current (2022)
 * wording, with NICE's attribution (`standard.statusNotice`); each keeps its 2013 wording, to be
 * shown marked as replaced (`standard.wording2013Notice`).
 */
export interface QualityStatementsSection {
  readonly kind: 'quality-statements';
  readonly id: 'quality-statements';
  readonly standard: QualityStandardFile;
  readonly source: SourceDocument;
  readonly items: readonly QualityStatement[];
}

/** NICE CG133 points, always with the notice (`guideline.statusNotice`) that their guideline is superseded. */
export interface NicePracticePointsSection {
  readonly kind: 'nice-practice-points';
  readonly id: 'nice-practice-points';
  readonly guideline: NicePracticePointsFile;
  readonly source: SourceDocument;
  readonly supersededBy: SourceDocument | undefined;
  readonly items: readonly NicePracticePoint[];
}

/** NCISH resources: for professionals, those offered to everyone; for service leads, the data dictionary. */
export interface ProfessionalResourcesSection {
  readonly kind: 'professional-resources';
  readonly id: 'professional-resources';
  readonly items: readonly ProfessionalResource[];
}

export type GuidanceSection =
  | GetHelpSection
  | StartHereSection
  | AgeSection
  | ExpectationsSection
  | OutcomesSection
  | CommitmentsSection
  | FrontLineThemesSection
  | QualityStatementsSection
  | NicePracticePointsSection
  | ProfessionalResourcesSection;

/** The answer to `guidanceFor`: the resolved setting, audience and age, and the sections in reading order. */
export interface Guidance {
  readonly setting: GuidanceSetting;
  readonly audience: Audience;
  readonly age: AgeGroup | undefined;
  readonly sections: readonly GuidanceSection[];
}

const GET_HELP: GetHelpSection = { kind: 'get-help', id: 'get-help' };

/** Whether an outcome or commitment applies: everything applies in the neutral view, whose readers may be anywhere. */
function applies(item: { readonly settings?: readonly Setting['id'][] | undefined }, setting: GuidanceSetting): boolean {
  return setting.id === ANY_SERVICE || appliesIn(item, setting.id);
}


/** The setting (or the neutral view) for an id already checked against `GUIDANCE_SETTING_IDS`. */
function settingFor(id: GuidanceSettingId): GuidanceSetting {
  if (id === ANY_SERVICE) return settingProfiles().anyService;
  // Found: the id was checked against this same list.
  return settings().find((s) => s.id === id) as Setting;
}

/** The setting's start-here entries. */
function startHereOf(setting: GuidanceSetting): readonly FocusEntry[] {
  if (setting.id === ANY_SERVICE) return settingProfiles().anyService.startHere;
  return settingProfiles().profiles.find((p) => p.setting === setting.id)?.startHere ?? [];
}

/** Entries resolved to their items. The content tests prove every id resolves; one that did not would be left out, not shown broken. */
function focusItems(entries: readonly FocusEntry[]): FocusItem[] {
  return entries.flatMap((focus) => {
    const entry = getItem(focus.item);
    return entry ? [{ focus, entry }] : [];
  });
}

function outcomesIn(setting: GuidanceSetting): Outcome[] {
  return getStatement().outcomes.items.filter((o) => applies(o, setting));
}

function groupSections(kind: 'domain' | 'theme', groups: readonly (Domain | Theme)[], setting: GuidanceSetting): CommitmentsSection[] {
  return groups
    .map((group) => ({
      kind,
      id: group.id,
      group,
      items: group.commitments.filter((c) => applies(c, setting)),
    }))
    .filter((section) => section.items.length > 0);
}

function sourceOf(id: string, what: string): SourceDocument {
  const source = getSource(id);
  // The content tests prove every file's source id is in sources.json; this guards a broken build.
  if (source === undefined) throw new Error(`${what} names unknown source ${id}`);
  return source;
}

function qualityStatementsSection(setting: GuidanceSetting): QualityStatementsSection {
  const standard = qualityStatements();
  return {
    kind: 'quality-statements',
    id: 'quality-statements',
    standard,
    source: sourceOf(standard.source, 'NICE QS34'),
    items: standard.statements.filter((statement) => qualityStatementAppliesIn(statement, setting)),
  };
}

function niceSection(): NicePracticePointsSection {
  const file = nicePracticePoints();
  return {
    kind: 'nice-practice-points',
    id: 'nice-practice-points',
    guideline: file,
    source: sourceOf(file.source, 'NICE CG133'),
    supersededBy: file.supersededBy === undefined ? undefined : getSource(file.supersededBy),
    items: file.points,
  };
}

/** NCISH resources for everyone: never one the source offers only to some areas. */
const forEveryone = (resource: ProfessionalResource) => resource.offeredOnlyTo === undefined;

function resourcesSection(audience: 'professional' | 'service-lead'): ProfessionalResourcesSection {
  // Service leads get what helps them measure a service (the NCISH data dictionary); professionals, the rest too.
  const items = professionalResources().filter(
    (resource) => forEveryone(resource) && (audience === 'professional' || resource.category === 'data-collection'),
  );
  return { kind: 'professional-resources', id: 'professional-resources', items };
}

/**
 * NICE's guidance for the setting: QS34 wherever a statement applies, and the CG133 points on
 * long-term management only where continuing care is given (marked as superseded there).
 */
function niceSections(setting: GuidanceSetting): GuidanceSection[] {
  const sections: GuidanceSection[] = [];
  const standard = qualityStatementsSection(setting);
  if (standard.items.length > 0) sections.push(standard);
  if (setting.continuingCare) sections.push(niceSection());
  return sections;
}

function ageSection(age: AgeGroup | undefined): AgeSection[] {
  const profile = age === undefined ? undefined : settingProfiles().ages.find((a) => a.age === age);
  if (age === undefined || profile === undefined) return [];
  return [{ kind: 'age', id: 'age', age, items: focusItems(profile.items) }];
}

function sectionsFor(setting: GuidanceSetting, audience: AudienceId, age: AgeGroup | undefined): GuidanceSection[] {
  const statement = getStatement();
  const startHere = focusItems(startHereOf(setting));
  const outcomes: OutcomesSection = { kind: 'outcomes', id: 'outcomes', lead: statement.outcomes.lead, items: outcomesIn(setting) };
  switch (audience) {
    case 'person':
    case 'carer':
      // Help comes first for the people who may need it now; then what matters most here, in plain words.
      return [
        GET_HELP,
        { kind: 'start-here', id: 'start-here', items: startHere.filter((f) => f.entry.kind === 'outcome') },
        { kind: 'expectations', id: 'what-you-can-expect', audience, items: outcomesIn(setting) },
      ];
    case 'professional':
      return [
        { kind: 'start-here', id: 'start-here', items: startHere },
        ...ageSection(age),
        ...groupSections('domain', statement.domains, setting),
        { kind: 'front-line-themes', id: 'front-line-themes', items: focusItems(settingProfiles().frontLineThemes) },
        outcomes,
        ...niceSections(setting),
        resourcesSection('professional'),
        GET_HELP,
      ];
    case 'service-lead':
      return [
        { kind: 'start-here', id: 'start-here', items: startHere },
        ...ageSection(age),
        ...groupSections('theme', statement.themes, setting),
        ...groupSections('domain', statement.domains, setting),
        outcomes,
        ...niceSections(setting),
        resourcesSection('service-lead'),
        GET_HELP,
      ];
  }
}

/**
 * What good looks like for `query.setting` and `query.audience` (and, optionally, `query.age`), as
 * ordered sections.
 * @throws {UnknownOptionError} when the setting, audience or age is not known; its `validValues`
 *   list the known ones. Elements catch it and fall back to `DEFAULT_GUIDANCE_QUERY` (no age).
 */
export function guidanceFor(query: { readonly setting: unknown; readonly audience: unknown; readonly age?: unknown }): Guidance {
  const settingId = assertOption('setting', query.setting, GUIDANCE_SETTING_IDS);
  const audienceId = assertOption('audience', query.audience, AUDIENCE_IDS);
  const age = query.age === undefined ? undefined : assertOption('age', query.age, AGE_GROUPS);
  const setting = settingFor(settingId);
  // Found: the id was just checked against this same list.
  const audience = audiences().find((a) => a.id === audienceId) as Audience;
  return { setting, audience, age, sections: sectionsFor(setting, audienceId, age) };
}
