/**
 * Making and changing an assessment. Every function returns a new assessment and leaves the one
 * it was given as it was, so an element can keep the last saved version beside the one on screen.
 */
import type { Assessment, AssessmentDetails, AssessmentFrameworkId, AssessmentResponse } from '../../../schema/self-assessment.js';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION } from '../../../schema/self-assessment.js';
import type { SettingId } from '../../../schema/statement.js';
import { assessmentFramework, criteriaOf, type AssessmentFramework } from './frameworks.js';

/** What a new assessment may be given; `date` is required because the core never reads the clock. */
export interface NewAssessmentDetails {
  readonly date: string;
  readonly service?: string;
  readonly setting?: SettingId;
  readonly assessorRole?: string;
}

/** A response nobody has filled in yet. */
export function blankResponse(criterion: string): AssessmentResponse {
  return { criterion, rating: 'not-assessed', evidence: '', action: '', owner: '' };
}

/** The framework an assessment is measured against: its own, narrowed to its setting. */
export function frameworkOf(assessment: Pick<Assessment, 'framework' | 'details'>): AssessmentFramework {
  return assessmentFramework(assessment.framework, assessment.details.setting);
}

/** A new assessment with one `not-assessed` response for every criterion of the framework (in its setting). */
export function newAssessment(framework: AssessmentFrameworkId, details: NewAssessmentDetails): Assessment {
  const assessmentDetails: AssessmentDetails = {
    service: details.service ?? '',
    ...(details.setting === undefined ? {} : { setting: details.setting }),
    date: details.date,
    assessorRole: details.assessorRole ?? '',
  };
  const assessment: Assessment = { format: ASSESSMENT_FORMAT, version: ASSESSMENT_VERSION, framework, details: assessmentDetails, responses: [] };
  return alignResponses(assessment);
}

/**
 * One response for every criterion of the assessment's framework, in the framework's order, each
 * as it was or blank; responses for any other criterion (unknown to this version, or not applying
 * in the setting) follow, unchanged. Nothing is ever dropped.
 */
export function alignResponses(assessment: Assessment): Assessment {
  const byId = new Map(assessment.responses.map((r) => [r.criterion, r]));
  const ordered = criteriaOf(frameworkOf(assessment)).map((c) => byId.get(c.id) ?? blankResponse(c.id));
  const inFramework = new Set(ordered.map((r) => r.criterion));
  const kept = assessment.responses.filter((r) => !inFramework.has(r.criterion));
  const responses = [...ordered, ...kept];
  const unchanged = responses.length === assessment.responses.length && responses.every((r, i) => r === assessment.responses[i]);
  return unchanged ? assessment : { ...assessment, responses };
}

/** What may change in one response. */
export type ResponseChange = Partial<Omit<AssessmentResponse, 'criterion'>>;

/** The assessment with one criterion's response changed (added if it had none). `due: undefined` clears the date. */
export function withResponse(assessment: Assessment, criterion: string, change: ResponseChange): Assessment {
  const index = assessment.responses.findIndex((r) => r.criterion === criterion);
  const before = index === -1 ? blankResponse(criterion) : assessment.responses[index]!;
  const after: AssessmentResponse = { ...before, ...change };
  if ('due' in change && change.due === undefined) delete after.due;
  const responses = [...assessment.responses];
  if (index === -1) responses.push(after);
  else responses[index] = after;
  return { ...assessment, responses };
}

/** The assessment with its details changed; a new setting brings in the criteria that apply there. */
export function withDetails(assessment: Assessment, change: Partial<AssessmentDetails>): Assessment {
  const details: AssessmentDetails = { ...assessment.details, ...change };
  if ('setting' in change && change.setting === undefined) delete details.setting;
  return alignResponses({ ...assessment, details });
}

/** The response to `criterion`, if the assessment has one. */
export function responseTo(assessment: Assessment, criterion: string): AssessmentResponse | undefined {
  return assessment.responses.find((r) => r.criterion === criterion);
}

/** How many responses have a rating other than `not-assessed`, and how many there are in the framework. */
export function progressOf(assessment: Assessment): { readonly assessed: number; readonly total: number } {
  const ids = new Set(criteriaOf(frameworkOf(assessment)).map((c) => c.id));
  const inFramework = assessment.responses.filter((r) => ids.has(r.criterion));
  return { assessed: inFramework.filter((r) => r.rating !== 'not-assessed').length, total: ids.size };
}

/** True when two assessments hold the same data (what a file would hold). */
export function sameAssessment(a: Assessment, b: Assessment): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The assessment with its fields in the schema's order and nothing else: what files hold. */
export function canonical(assessment: Assessment): Assessment {
  const { service, setting, date, assessorRole } = assessment.details;
  return {
    format: assessment.format,
    version: assessment.version,
    framework: assessment.framework,
    details: { service, ...(setting === undefined ? {} : { setting }), date, assessorRole },
    responses: assessment.responses.map(({ criterion, rating, evidence, action, owner, due }) => ({
      criterion,
      rating,
      evidence,
      action,
      owner,
      ...(due === undefined ? {} : { due }),
    })),
  };
}


