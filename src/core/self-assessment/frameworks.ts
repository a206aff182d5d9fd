/**
 * The criteria a self-assessment measures against, in groups, in the order a form asks them.
 *
 *  - `service`: the statement's 12 outcomes (each asked as "how do you know people experience
 *    this?"), its 29 domain and 22 theme commitments, and the eight NICE QS34 statements with
 *    NICE's example measures as hints. A setting narrows the statement's items as `guidanceFor`
 *    does, and QS34 (written for health and social care) is included only where that applies.
 *  - `policy`: the checks of a local self-harm policy in content/en/self-assessment-frameworks.json, each
 *    quoting the source that asks for it.
 *
 * Groups and criteria carry the content's own ids and text, so `translate()` turns a whole
 * framework into another language by id, as it does guidance.
 */
import type { PolicyCriterion } from '../../../schema/assessment-framework.js';
import type { QualityMeasure, QualityStatement } from '../../../schema/quality-standard.js';
import type { AssessmentFrameworkId } from '../../../schema/self-assessment.js';
import type { SourceRef } from '../../../schema/source.js';
import type { Commitment, Domain, Outcome, Paragraph, Setting, SettingId, Theme } from '../../../schema/statement.js';
import { ASSESSMENT_FRAMEWORKS } from '../../../schema/assessment-vocabulary.js';
import { assertOption } from '../errors.js';
import { qualityStatementAppliesIn, qualityStatements } from '../quality-standard.js';
import { SETTING_IDS, appliesIn, getStatement, settings } from '../statement.js';
import { FRAMEWORKS_FILE } from './content.js';

/** The frameworks, for validation and menus. */
export const ASSESSMENT_FRAMEWORK_IDS: readonly AssessmentFrameworkId[] = ASSESSMENT_FRAMEWORKS;

export type CriterionKind = 'outcome' | 'commitment' | 'quality-statement' | 'policy';

/** One thing to rate. `id` is the content's own id (`iqs.domain.safe.2`, `nice.qs34.4`, `policy.harm-reduction`). */
export interface Criterion {
  readonly id: string;
  readonly kind: CriterionKind;
  /** Its number within its group, as the source numbers it (a policy check's place in the framework). */
  readonly number: number;
  /** A QS34 statement's short title, e.g. "Observation". */
  readonly title?: string;
  /** The criterion, word for word from its source (a policy check, in the project's words with the quote beside it). */
  readonly text: string;
  /** The source that asks for it. */
  readonly source: SourceRef;
  /** Further sources asking the same (policy checks). */
  readonly also: readonly SourceRef[];
  /** NICE's example measures: how you might measure this (QS34 statements only). */
  readonly measures: readonly QualityMeasure[];
}

export type CriteriaGroupKind = 'outcomes' | 'domain' | 'theme' | 'quality-statements' | 'policy';

/** A domain, theme or other group of criteria; summaries are per group. */
export interface CriteriaGroup {
  /** The group's content id (`iqs.domain.safe`, `self-assessment.service.outcomes`, `policy.group.leadership`). */
  readonly id: string;
  readonly kind: CriteriaGroupKind;
  readonly name: string;
  /** The stem every criterion completes ("Services responding to self-harm will:"), where there is one. */
  readonly lead?: string;
  /** The outcomes' stem, a paragraph of the statement. */
  readonly intro?: Paragraph;
  /** The question every criterion in the group asks ("How do you know people experience this?"). */
  readonly prompt?: string;
  readonly criteria: readonly Criterion[];
}

/** A framework, narrowed to a setting when one is given. */
export interface AssessmentFramework {
  /** `self-assessment.service` or `self-assessment.policy`: the key its translations are filed under. */
  readonly id: string;
  readonly framework: AssessmentFrameworkId;
  readonly title: string;
  readonly description: string;
  /** The setting the service framework was narrowed to, if any (policy frameworks are never narrowed). */
  readonly setting: Setting | undefined;
  readonly groups: readonly CriteriaGroup[];
  /** Shown with the QS34 statements wherever they appear (NICE's copyright and attribution). */
  readonly qualityStatementsNotice: string | undefined;
}

const statementCriterion = (kind: 'outcome' | 'commitment', item: Outcome | Commitment): Criterion => ({
  id: item.id,
  kind,
  number: item.number,
  text: item.text,
  source: item.source,
  also: [],
  measures: [],
});

function commitmentGroups(kind: 'domain' | 'theme', groups: readonly (Domain | Theme)[], setting: SettingId | undefined): CriteriaGroup[] {
  return groups
    .map((group) => ({
      id: group.id,
      kind,
      name: group.name,
      lead: group.lead,
      criteria: group.commitments.filter((c) => setting === undefined || appliesIn(c, setting)).map((c) => statementCriterion('commitment', c)),
    }))
    .filter((group) => group.criteria.length > 0);
}

/** NICE's example measures (not the rationales) for one QS34 statement. */
function measuresFor(statement: QualityStatement, measures: readonly QualityMeasure[]): QualityMeasure[] {
  return measures.filter((m) => m.kind !== 'rationale' && m.statements.includes(statement.number));
}

function serviceFramework(setting: Setting | undefined): AssessmentFramework {
  const statement = getStatement();
  const qs34 = qualityStatements();
  const text = FRAMEWORKS_FILE.service;
  const outcomes = statement.outcomes.items.filter((o) => setting === undefined || appliesIn(o, setting.id));
  const groups: CriteriaGroup[] = [
    { ...text.outcomes, kind: 'outcomes', intro: statement.outcomes.lead, criteria: outcomes.map((o) => statementCriterion('outcome', o)) },
    ...commitmentGroups('domain', statement.domains, setting?.id),
    ...commitmentGroups('theme', statement.themes, setting?.id),
  ];
  // The QS34 statements that apply in the setting, as guidanceFor shows them (every one when no
  // setting is chosen): NICE wrote 2 to 5 for healthcare settings and 6 to 8 for continuing support.
  const statements = qs34.statements.filter((s) => setting === undefined || qualityStatementAppliesIn(s, setting));
  const withQs34 = statements.length > 0;
  if (withQs34) {
    groups.push({
      ...text.qualityStatements,
      kind: 'quality-statements',
      criteria: statements.map((s) => ({
        id: s.id,
        kind: 'quality-statement',
        number: s.number,
        title: s.title,
        text: s.text,
        source: s.source,
        also: [],
        measures: measuresFor(s, qs34.measures),
      })),
    });
  }
  return {
    id: text.id,
    framework: 'service',
    title: text.title,
    description: text.description,
    setting,
    groups,
    qualityStatementsNotice: withQs34 ? qs34.statusNotice : undefined,
  };
}

const policyCriterion = (item: PolicyCriterion, number: number): Criterion => ({
  id: item.id,
  kind: 'policy',
  number,
  text: item.text,
  source: item.source,
  also: (item.also ?? []).map((further) => further.source),
  measures: [],
});

function policyFramework(): AssessmentFramework {
  const text = FRAMEWORKS_FILE.policy;
  let number = 0;
  return {
    id: text.id,
    framework: 'policy',
    title: text.title,
    description: text.description,
    setting: undefined,
    groups: text.groups.map((group) => ({
      id: group.id,
      kind: 'policy',
      name: group.name,
      criteria: group.criteria.map((c) => policyCriterion(c, (number += 1))),
    })),
    qualityStatementsNotice: undefined,
  };
}

// Frameworks are built once per (framework, setting): the same object every time, so elements and
// translation caches that compare by identity keep working.
const built = new Map<string, AssessmentFramework>();

/**
 * The criteria of `framework` (`service` or `policy`), in groups. A `setting` narrows the service
 * framework to what applies there; the policy framework is the same in every setting.
 * @throws {UnknownOptionError} for an unknown framework or setting.
 */
export function assessmentFramework(framework: unknown, setting?: unknown): AssessmentFramework {
  const id = assertOption('framework', framework, ASSESSMENT_FRAMEWORK_IDS);
  const settingId = setting === undefined ? undefined : assertOption('setting', setting, SETTING_IDS);
  const key = id === 'policy' ? id : `${id}:${settingId ?? ''}`;
  let result = built.get(key);
  if (result === undefined) {
    result = id === 'policy' ? policyFramework() : serviceFramework(settings().find((s) => s.id === settingId));
    built.set(key, result);
  }
  return result;
}

/** Every criterion of a framework, in order. */
export function criteriaOf(framework: AssessmentFramework): Criterion[] {
  return framework.groups.flatMap((group) => group.criteria);
}

/** Every criterion id `framework` can have in any setting: what an imported file may name without being reported. */
export function knownCriterionIds(framework: AssessmentFrameworkId): ReadonlySet<string> {
  let ids = knownIds.get(framework);
  if (ids === undefined) knownIds.set(framework, (ids = new Set(criteriaOf(assessmentFramework(framework)).map((c) => c.id))));
  return ids;
}
const knownIds = new Map<AssessmentFrameworkId, ReadonlySet<string>>();
