/**
 * The settings where a person may seek help, as a schema of its own: the self-assessment's file
 * schema names a setting without carrying the whole statement schema into its bundle.
 */
import * as z from 'zod/mini';

/** Where a person may seek help, from the statement's "Who is this for?" list and its Purpose. */
export const SettingId = z.enum([
  'emergency-department',
  'primary-care',
  'ambulance',
  'pharmacy',
  'general-hospital',
  'mental-health',
  'social-care',
  'education-youth',
  'criminal-justice',
  'housing-homelessness',
  'third-sector',
]);
export type SettingId = z.infer<typeof SettingId>;
