/** Read access to the statement and its companions, and lookup of any item by its stable id. */
import type { NicePracticePoint, NicePracticePointsFile } from '../../schema/nice.js';
import type { ProfessionalResource } from '../../schema/professional-resource.js';
import type { QualityStatement } from '../../schema/quality-standard.js';
import type { SourceDocument } from '../../schema/source.js';
import type {
  Audience,
  AudienceId,
  Commitment,
  Definition,
  Domain,
  Outcome,
  Paragraph,
  Reference,
  Setting,
  SettingId,
  Statement,
  Theme,
} from '../../schema/statement.js';
import { AUDIENCES_FILE, NCISH_FILE, NICE_FILE, SETTINGS_FILE, SETTING_PROFILES_FILE, SOURCES_FILE, STATEMENT } from './statement-content.js';
import { qualityStatements } from './quality-standard.js';
import type { SettingProfilesFile } from '../../schema/setting-profile.js';

/** Any addressable item, tagged with what it is and where it sits, so callers can render it. */
export type StatementItem =
  | { readonly kind: 'outcome'; readonly id: string; readonly item: Outcome }
  | { readonly kind: 'commitment'; readonly id: string; readonly item: Commitment; readonly group: Domain | Theme; readonly groupKind: 'domain' | 'theme' }
  | { readonly kind: 'definition'; readonly id: string; readonly item: Definition }
  | { readonly kind: 'paragraph'; readonly id: string; readonly item: Paragraph; readonly section: string }
  | { readonly kind: 'reference'; readonly id: string; readonly item: Reference; readonly section: string }
  | {
      readonly kind: 'nice-practice-point';
      readonly id: string;
      readonly item: NicePracticePoint;
      /** The guideline's status notice (superseded by NG225), to show beside the point wherever it appears. */
      readonly notice: string;
    }
  | {
      readonly kind: 'quality-statement';
      readonly id: string;
      readonly item: QualityStatement;
      /** NICE's attribution and copyright line, to show beside the statement wherever it appears. */
      readonly notice: string;
    }
  | { readonly kind: 'professional-resource'; readonly id: string; readonly item: ProfessionalResource };

export type StatementItemKind = StatementItem['kind'];

/** The whole Integrated Quality Statement, as validated data. */
export function getStatement(): Statement {
  return STATEMENT;
}

/** Every setting, in the order the statement lists them. */
export function settings(): readonly Setting[] {
  return SETTINGS_FILE.settings;
}

/** Every audience: person, carer, professional, service lead. */
export function audiences(): readonly Audience[] {
  return AUDIENCES_FILE.audiences;
}

/** Every source document, current and superseded. */
export function sources(): readonly SourceDocument[] {
  return SOURCES_FILE.sources;
}

/** A source document by id, or `undefined`. */
export function getSource(id: string): SourceDocument | undefined {
  return SOURCES_FILE.sources.find((doc) => doc.id === id);
}

/** The NICE CG133 points with their file's status (superseded by NG225), which must be shown with them. */
export function nicePracticePoints(): NicePracticePointsFile {
  return NICE_FILE;
}

/**
 * What guidance brings forward in each setting ("Start here"), for each age group, and for
 * professionals in front-line practice, each entry with its reason. `guidanceFor` reads it.
 */
export function settingProfiles(): SettingProfilesFile {
  return SETTING_PROFILES_FILE;
}

/** NCISH resource categories for professionals. */
export function professionalResources(): readonly ProfessionalResource[] {
  return NCISH_FILE.resources;
}

/** The ids of every setting, for validation and for menus. */
export const SETTING_IDS: readonly SettingId[] = SETTINGS_FILE.settings.map((s) => s.id);
/** The ids of every audience. */
export const AUDIENCE_IDS: readonly AudienceId[] = AUDIENCES_FILE.audiences.map((a) => a.id);

/** True when `value` names a known setting. */
export function isSettingId(value: unknown): value is SettingId {
  return typeof value === 'string' && (SETTING_IDS as readonly string[]).includes(value);
}

/** True when `value` names a known audience. */
export function isAudienceId(value: unknown): value is AudienceId {
  return typeof value === 'string' && (AUDIENCE_IDS as readonly string[]).includes(value);
}

/** True when an outcome or commitment applies in `setting` (no `settings` list means every setting). */
export function appliesIn(item: { readonly settings?: readonly SettingId[] | undefined }, setting: SettingId): boolean {
  return item.settings === undefined || item.settings.includes(setting);
}

/** Every addressable item in document order: statement first, then NICE CG133, NICE QS34, then NCISH. */
function collectItems(): StatementItem[] {
  const s = STATEMENT;
  const out: StatementItem[] = [];
  const paragraphs = (section: string, list: readonly Paragraph[]) => {
    for (const item of list) out.push({ kind: 'paragraph', id: item.id, item, section });
  };
  const references = (section: string, list: readonly Reference[]) => {
    for (const item of list) out.push({ kind: 'reference', id: item.id, item, section });
  };
  paragraphs('Purpose', s.purpose);
  paragraphs('Introduction', s.introduction);
  paragraphs('Understanding self-harm', s.understanding.paragraphs);
  out.push({ kind: 'definition', id: s.understanding.definition.id, item: s.understanding.definition });
  const who = s.whoIsThisFor;
  paragraphs('Who is this for?', [who.lead, ...who.groups, who.professionalsLead, ...who.professionalGroups, ...who.terminology]);
  paragraphs('Outcomes', [s.outcomes.lead]);
  for (const item of s.outcomes.items) out.push({ kind: 'outcome', id: item.id, item });
  for (const group of s.domains) {
    for (const item of group.commitments) out.push({ kind: 'commitment', id: item.id, item, group, groupKind: 'domain' });
  }
  for (const group of s.themes) {
    for (const item of group.commitments) out.push({ kind: 'commitment', id: item.id, item, group, groupKind: 'theme' });
  }
  references('Strategies', s.references.strategies);
  references('Guidance', s.references.guidance);
  references('Legislation', s.references.legislation);
  references('Access to learning and development', s.references.learning);
  references('Footnotes', s.references.footnotes);
  paragraphs('Development process', [...s.development.paragraphs, s.development.contributorsLead, ...s.development.contributors]);
  for (const item of NICE_FILE.points) out.push({ kind: 'nice-practice-point', id: item.id, item, notice: NICE_FILE.statusNotice });
  const qs34 = qualityStatements();
  for (const item of qs34.statements) out.push({ kind: 'quality-statement', id: item.id, item, notice: qs34.statusNotice });
  for (const item of NCISH_FILE.resources) out.push({ kind: 'professional-resource', id: item.id, item });
  return out;
}

const ITEMS: readonly StatementItem[] = collectItems();
const BY_ID: ReadonlyMap<string, StatementItem> = new Map(ITEMS.map((entry) => [entry.id, entry]));

/** Every addressable item in document order. */
export function allItems(): readonly StatementItem[] {
  return ITEMS;
}

/** The item with this stable id (e.g. `iqs.domain.safe.3`, `nice.cg133.5`, `nice.qs34.2`), or `undefined`. */
export function getItem(id: string): StatementItem | undefined {
  return BY_ID.get(id);
}
