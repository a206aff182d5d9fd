/**
 * An assessment out of the page: a versioned JSON file (what `importAssessment` opens again), a
 * CSV with one row per criterion in the shape of a NICE baseline assessment sheet, and the
 * structure of a printable report (which the element renders for printing).
 */
import type { Assessment, AssessmentResponse } from '../../../schema/self-assessment.js';
import { toCsv } from '../csv.js';
import { getSource } from '../statement.js';
import { canonical, frameworkOf } from './assessment.js';
import { assessmentFramework, criteriaOf, type AssessmentFramework, type CriteriaGroup, type Criterion } from './frameworks.js';
import { summarise, type AssessmentSummary, type GroupSummary } from './summary.js';

/** The JSON file's text: the fields in the schema's order, two-space indented, ending in a newline. */
export function assessmentToJson(assessment: Assessment): string {
  return `${JSON.stringify(canonical(assessment), null, 2)}\n`;
}

/** The CSV's columns, as in a NICE baseline assessment sheet: what is asked, where from, and the answer. */
export const ASSESSMENT_CSV_COLUMNS = ['id', 'text', 'source', 'rating', 'evidence', 'action', 'owner', 'due'] as const;

/** "The Integrated Quality Statement for Self-Harm, Themes — Leadership": where a criterion comes from. */
function sourceLine(criterion: Criterion | undefined): string {
  if (criterion === undefined) return '';
  const doc = getSource(criterion.source.source);
  return `${doc?.title ?? criterion.source.source}, ${criterion.source.section}`;
}

/**
 * The assessment as CSV: a header row, then one row per response in the assessment's order.
 * A criterion this version does not know keeps its row, with its text and source left empty.
 * UTF-8 with a byte-order mark and CRLF line ends, so spreadsheet programs read Welsh letters.
 */
export function assessmentToCsv(assessment: Assessment): string {
  const byId = new Map(criteriaOf(assessmentFramework(assessment.framework)).map((c) => [c.id, c]));
  const rows = assessment.responses.map((r) => {
    const criterion = byId.get(r.criterion);
    return [r.criterion, criterion?.text ?? '', sourceLine(criterion), r.rating, r.evidence, r.action, r.owner, r.due ?? ''];
  });
  return toCsv([[...ASSESSMENT_CSV_COLUMNS], ...rows]);
}

export interface ReportRow {
  readonly criterion: Criterion;
  readonly response: AssessmentResponse;
}

export interface ReportGroup {
  readonly group: CriteriaGroup;
  readonly summary: GroupSummary;
  readonly rows: readonly ReportRow[];
}

/** Everything a printed report shows, in order. */
export interface AssessmentReport {
  readonly framework: AssessmentFramework;
  readonly details: Assessment['details'];
  readonly summary: AssessmentSummary;
  readonly groups: readonly ReportGroup[];
  /** Responses outside the framework (unknown criteria, or not applying in the setting), kept and shown. */
  readonly kept: readonly { readonly response: AssessmentResponse; readonly criterion: Criterion | undefined }[];
}

/** The report of an assessment: details, the summary, and every criterion with its response. */
export function assessmentReport(assessment: Assessment): AssessmentReport {
  const framework = frameworkOf(assessment);
  const summary = summarise(assessment);
  const responses = new Map(assessment.responses.map((r) => [r.criterion, r]));
  const every = new Map(criteriaOf(assessmentFramework(assessment.framework)).map((c) => [c.id, c]));
  const groups = framework.groups.map((group, i) => ({
    group,
    summary: summary.groups[i]!,
    rows: group.criteria.map((criterion) => ({
      criterion,
      response: responses.get(criterion.id) ?? { criterion: criterion.id, rating: 'not-assessed' as const, evidence: '', action: '', owner: '' },
    })),
  }));
  const inFramework = new Set(criteriaOf(framework).map((c) => c.id));
  const kept = assessment.responses.filter((r) => !inFramework.has(r.criterion)).map((response) => ({ response, criterion: every.get(response.criterion) }));
  return { framework, details: assessment.details, summary, groups, kept };
}
