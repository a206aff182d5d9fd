/**
 * All Welsh content, as one table of translations by English item id. Only the Welsh chunk that
 * elements load on demand imports this module, so English pages never download it.
 */
import audiences from '../../content/cy/audiences.json';
import ncish from '../../content/cy/ncish-resources.json';
import nice from '../../content/cy/nice-cg133.json';
import qs34 from '../../content/cy/nice-qs34.json';
import selfAssessment from '../../content/cy/self-assessment-frameworks.json';
import services from '../../content/cy/services.json';
import settingProfiles from '../../content/cy/setting-profiles.json';
import settings from '../../content/cy/settings.json';
import sources from '../../content/cy/sources.json';
import statement from '../../content/cy/statement.json';
import type { TranslationFile } from '../../schema/translation.js';
import { translationTable } from './translation.js';

// JSON imports widen the status enum to `string`; the content tests parse every file with
// `TranslationFile` on every run, so the cast is checked there.
const FILES = [statement, settings, settingProfiles, audiences, nice, qs34, ncish, services, sources, selfAssessment] as readonly TranslationFile[];

export const WELSH_CONTENT = translationTable(FILES);
