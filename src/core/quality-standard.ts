/**
 * NICE quality standard QS34 as data. A module of its own (re-exported from the core's index): a
 * bundle gets QS34's text only when something calls `qualityStatements()`. The content tests
 * parse the file with its schema on every run, so the cast is checked there.
 */
import qs34Json from '../../content/en/nice-qs34.json';
import type { QualityStandardFile, QualityStatement } from '../../schema/quality-standard.js';

const QS34_FILE = qs34Json as QualityStandardFile;

/**
 * NICE quality standard QS34: its eight statements in the current (2022) wording, each with the
 * superseded 2013 wording beside it, and NICE's example measures. Show `statusNotice` (NICE's
 * copyright and attribution) with them, and `wording2013Notice` beside any 2013 wording.
 */
export function qualityStatements(): QualityStandardFile {
  return QS34_FILE;
}

/** What a QS34 statement's scope asks of a setting (a `Setting`, or guidance's neutral view). */
export interface QualityStatementSetting {
  readonly healthcare: boolean;
  readonly continuingCare: boolean;
}

/**
 * Whether a QS34 statement applies in a setting, by its scope: statement 1 everywhere, 2 to 5 in
 * healthcare settings, 6 to 8 where continuing support is given. Guidance and the self-assessment
 * both ask it, so a setting sees the same statements in each.
 */
export function qualityStatementAppliesIn(statement: QualityStatement, setting: QualityStatementSetting): boolean {
  switch (statement.scope) {
    case 'every-setting':
      return true;
    case 'healthcare-setting':
      return setting.healthcare;
    case 'continuing-support':
      return setting.continuingCare;
  }
}
