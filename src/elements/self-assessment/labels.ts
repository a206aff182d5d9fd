/**
 * The words the self-assessment element says, in one place, each through `msg()` so it is
 * translated (xliff/cy.xlf). Call these while rendering: `msg()` answers in the rendering
 * element's language.
 */
import type { CriteriaGroup, ImportProblem, RatingChange } from '../../core/self-assessment/index.js';
import type { Rating } from '../../../schema/self-assessment.js';
import { msg, str } from '../shared/msg.js';

/** A rating as a reader says it. */
export function ratingLabel(rating: Rating): string {
  switch (rating) {
    case 'met':
      return msg('Met');
    case 'partly-met':
      return msg('Partly met');
    case 'not-met':
      return msg('Not met');
    case 'not-applicable':
      return msg('Not applicable');
    case 'not-assessed':
      return msg('Not yet assessed');
  }
}

/** How a rating moved between two assessments. */
export function changeLabel(change: RatingChange): string {
  switch (change) {
    case 'improved':
      return msg('Improved');
    case 'declined':
      return msg('Declined');
    case 'unchanged':
      return msg('Unchanged');
    case 'changed':
      return msg('Changed');
    case 'added':
      return msg('New');
    case 'removed':
      return msg('No longer assessed');
  }
}

/** A group's heading: "Domain: Safe", "Theme: Leadership", or the group's own name. */
export function groupTitle(group: Pick<CriteriaGroup, 'kind' | 'name'>): string {
  switch (group.kind) {
    case 'domain':
      return msg(str`Domain: ${group.name}`);
    case 'theme':
      return msg(str`Theme: ${group.name}`);
    default:
      return group.name;
  }
}

/** A criterion's short name within its group, for screen readers and lists: "Safe 2", "Outcome 3". */
export function criterionLabel(group: Pick<CriteriaGroup, 'kind' | 'name'>, number: number): string {
  switch (group.kind) {
    case 'outcomes':
      return msg(str`Outcome ${number}`);
    case 'quality-statements':
      return msg(str`Quality statement ${number}`);
    case 'policy':
      return msg(str`Check ${number}`);
    default:
      return `${group.name} ${number}`;
  }
}

/** One clear sentence for a file that could not be opened; the work on screen is never changed. */
export function importProblemMessage(problem: ImportProblem): string {
  switch (problem.code) {
    case 'too-large':
      return msg('This file is too large to be an assessment. Nothing on screen has changed.');
    case 'not-json':
      return msg('This file is not an assessment file: it is empty or not saved by this tool. Nothing on screen has changed.');
    case 'not-an-assessment':
      return msg('This file is not a self-assessment saved by this tool. Nothing on screen has changed.');
    case 'newer-version':
      return msg('This file was saved by a newer version of this tool, so this page cannot open it. Nothing on screen has changed.');
    case 'unknown-version':
      return msg('This file has a version number this tool never wrote. Nothing on screen has changed.');
    case 'forbidden-key':
      return msg(str`This file has a field named "${problem.path ?? ''}", which no assessment has, so it was not opened. Nothing on screen has changed.`);
    case 'invalid': {
      const at = problem.path ?? '/';
      return msg(str`This file is damaged or was changed by hand: there is a problem at "${at}". Nothing on screen has changed.`);
    }
  }
}
