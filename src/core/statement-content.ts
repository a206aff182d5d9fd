/**
 * The one place the statement's content JSON enters the core. JSON imports are typed with every
 * union widened to `string`, so each file is cast once here to its schema's type: the content
 * tests (test/content/statement-content.test.ts) parse every file with its schema on every run, so
 * these casts are checked there rather than assumed.
 */
import audiencesJson from '../../content/en/audiences.json';
import ncishJson from '../../content/en/ncish-resources.json';
import niceJson from '../../content/en/nice-cg133.json';
import settingProfilesJson from '../../content/en/setting-profiles.json';
import settingsJson from '../../content/en/settings.json';
import sourcesJson from '../../content/en/sources.json';
import statementJson from '../../content/en/statement.json';
import type { NicePracticePointsFile } from '../../schema/nice.js';
import type { ProfessionalResourcesFile } from '../../schema/professional-resource.js';
import type { SettingProfilesFile } from '../../schema/setting-profile.js';
import type { SourcesFile } from '../../schema/sources-file.js';
import type { AudiencesFile, SettingsFile, Statement } from '../../schema/statement.js';

export const STATEMENT = statementJson as Statement;
export const SETTINGS_FILE = settingsJson as SettingsFile;
export const AUDIENCES_FILE = audiencesJson as AudiencesFile;
export const NICE_FILE = niceJson as NicePracticePointsFile;
export const NCISH_FILE = ncishJson as ProfessionalResourcesFile;
export const SOURCES_FILE = sourcesJson as SourcesFile;
export const SETTING_PROFILES_FILE = settingProfilesJson as SettingProfilesFile;
