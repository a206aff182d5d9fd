/**
 * "What good looks like" for one setting and audience, as ordered sections. The core decides what
 * is shown and in what order; elements word the headings and render it. Sections hold the content
 * objects themselves, never copies of their text, so `translate()` turns a whole answer into
 * another language by item id.
 */
import type { NicePracticePoint, NicePracticePointsFile } from '../../schema/nice.js';
import type { ProfessionalResource } from '../../schema/professional-resource.js';
import type { SourceDocument } from '../../schema/source.js';
import type { Audience, AudienceId, Commitment, Domain, Outcome, Paragraph, Setting, SettingId, Theme } from '../../schema/statement.js';
import { assertOption } from './errors.js';
import {
  AUDIENCE_IDS,
  SETTING_IDS,
  appliesIn,
  audiences,
  getSource,
  getStatement,
  nicePracticePoints,
  professionalResources,
  settings,
} from './statement.js';

/** Which guidance to build. */
export interface GuidanceQuery {
  readonly setting: SettingId;
  readonly audience: AudienceId;
}

/**
 * The query elements fall back to when theirs is missing or unknown: a person reading on a
 * third-sector website. It shows help first, then all 12 outcomes in plain words, and nothing
 * meant for staff, so it is safe for any reader.
 */
export const DEFAULT_GUIDANCE_QUERY: GuidanceQuery = Object.freeze({ setting: 'third-sector', audience: 'person' });

/** Where an element shows the help panel: every guidance has one, because self-harm is discussed. */
export interface GetHelpSection {
  readonly kind: 'get-help';
  readonly id: 'get-help';
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

/** NICE practice points, always with the notice (`guideline.statusNotice`) that their guideline is superseded. */
export interface NicePracticePointsSection {
  readonly kind: 'nice-practice-points';
  readonly id: 'nice-practice-points';
  readonly guideline: NicePracticePointsFile;
  readonly source: SourceDocument;
  readonly supersededBy: SourceDocument | undefined;
  readonly items: readonly NicePracticePoint[];
}

/** NCISH resource categories for professionals. */
export interface ProfessionalResourcesSection {
  readonly kind: 'professional-resources';
  readonly id: 'professional-resources';
  readonly items: readonly ProfessionalResource[];
}

export type GuidanceSection =
  | GetHelpSection
  | ExpectationsSection
  | OutcomesSection
  | CommitmentsSection
  | NicePracticePointsSection
  | ProfessionalResourcesSection;

/** The answer to `guidanceFor`: the resolved setting and audience, and the sections in reading order. */
export interface Guidance {
  readonly setting: Setting;
  readonly audience: Audience;
  readonly sections: readonly GuidanceSection[];
}

const GET_HELP: GetHelpSection = { kind: 'get-help', id: 'get-help' };

function outcomesIn(setting: SettingId): Outcome[] {
  return getStatement().outcomes.items.filter((o) => appliesIn(o, setting));
}

function groupSections(kind: 'domain' | 'theme', groups: readonly (Domain | Theme)[], setting: SettingId): CommitmentsSection[] {
  return groups
    .map((group) => ({
      kind,
      id: group.id,
      group,
      items: group.commitments.filter((c) => appliesIn(c, setting)),
    }))
    .filter((section) => section.items.length > 0);
}

function niceSection(): NicePracticePointsSection {
  const file = nicePracticePoints();
  const source = getSource(file.source);
  // The content test proves the file's source id is in sources.json; this guards a broken build.
  if (source === undefined) throw new Error(`NICE points name unknown source ${file.source}`);
  return {
    kind: 'nice-practice-points',
    id: 'nice-practice-points',
    guideline: file,
    source,
    supersededBy: file.supersededBy === undefined ? undefined : getSource(file.supersededBy),
    items: file.points,
  };
}

function sectionsFor(setting: Setting, audience: AudienceId): GuidanceSection[] {
  const statement = getStatement();
  switch (audience) {
    case 'person':
    case 'carer':
      // Help comes first for the people who may need it now.
      return [
        GET_HELP,
        { kind: 'expectations', id: 'what-you-can-expect', audience, items: outcomesIn(setting.id) },
      ];
    case 'professional': {
      const sections: GuidanceSection[] = [
        ...groupSections('domain', statement.domains, setting.id),
        { kind: 'outcomes', id: 'outcomes', lead: statement.outcomes.lead, items: outcomesIn(setting.id) },
      ];
      // NICE wrote these for health and social care professionals; elsewhere they would mislead.
      if (setting.healthOrSocialCare) sections.push(niceSection());
      sections.push({ kind: 'professional-resources', id: 'professional-resources', items: professionalResources() });
      sections.push(GET_HELP);
      return sections;
    }
    case 'service-lead':
      return [
        ...groupSections('theme', statement.themes, setting.id),
        ...groupSections('domain', statement.domains, setting.id),
        { kind: 'outcomes', id: 'outcomes', lead: statement.outcomes.lead, items: outcomesIn(setting.id) },
        GET_HELP,
      ];
  }
}

/**
 * What good looks like for `query.setting` and `query.audience`, as ordered sections.
 * @throws {UnknownOptionError} when the setting or audience is not known; its `validValues` list
 *   the known ones. Elements catch it and fall back to `DEFAULT_GUIDANCE_QUERY`.
 */
export function guidanceFor(query: { readonly setting: unknown; readonly audience: unknown }): Guidance {
  const settingId = assertOption('setting', query.setting, SETTING_IDS);
  const audienceId = assertOption('audience', query.audience, AUDIENCE_IDS);
  // Both lookups succeed: the ids were just checked against these same lists.
  const setting = settings().find((s) => s.id === settingId) as Setting;
  const audience = audiences().find((a) => a.id === audienceId) as Audience;
  return { setting, audience, sections: sectionsFor(setting, audienceId) };
}
