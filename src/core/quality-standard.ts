/**
 * NICE quality standard QS34 as data. A module of its own (re-exported from the core's index): a
 * bundle gets QS34's text only when something calls `qualityStatements()`, so the statement
 * elements' chunk does not carry it for the self-assessment, which does. The content tests parse
 * the file with its schema on every run, so the cast is checked there.
 */
import qs34Json from '../../content/en/nice-qs34.json';
import type { QualityStandardFile } from '../../schema/quality-standard.js';

const QS34_FILE = qs34Json as QualityStandardFile;

/**
 * NICE quality standard QS34: its eight statements in the current (2022) wording, each with the
 * superseded 2013 wording beside it, and NICE's example measures. Show `statusNotice` (NICE's
 * copyright and attribution) with them, and `wording2013Notice` beside any 2013 wording.
 */
export function qualityStatements(): QualityStandardFile {
  return QS34_FILE;
}
