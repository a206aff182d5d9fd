/**
 * The one place the self-assessment frameworks' content enters the core. The content tests parse
 * the file with its schema on every run, so this cast is checked there rather than assumed.
 */
import frameworksJson from '../../../content/en/self-assessment-frameworks.json';
import type { AssessmentFrameworksFile } from '../../../schema/assessment-framework.js';

export const FRAMEWORKS_FILE = frameworksJson as AssessmentFrameworksFile;
