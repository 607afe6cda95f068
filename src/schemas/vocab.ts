/**
 * Shared vocabularies for the content model (the content model, CONTRIBUTING.md).
 * Kept in one place so schemas, the content check and the UI agree.
 */

/** The portal's languages and its source language come from the locale registry. */
export { LANGS, SOURCE_LANG, type Lang } from '../i18n/locales.ts';

/** Topics that group the rights guides. */
export const TOPICS = [
  'asylum',
  'documents',
  'health',
  'education',
  'work',
  'housing',
  'family',
  'safety',
  'rights',
  'money',
] as const;

/** Service categories of the directory. */
export const CATEGORIES = [
  'legal',
  'asylum',
  'shelter',
  'food',
  'health',
  'mental-health',
  'gbv',
  'children',
  'education',
  'work',
  'documents',
  'money',
  'lgbtiq',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Kinds of emergency number listed per country. */
export const EMERGENCY_KINDS = [
  'emergency',
  'police',
  'ambulance',
  'fire',
  'trafficking',
  'gbv',
  'child',
  'migration',
] as const;

/** Who a course is written for. */
export const AUDIENCES = ['migrants', 'staff', 'volunteers'] as const;

/** Whether a service is taking people now. */
export const SERVICE_STATUSES = ['active', 'inactive', 'temporarily-closed'] as const;

/** Days of the week as written in schedules (ISO order, Monday first). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * True when `code` is an ISO 3166-1 alpha-2 country code that the platform's
 * ICU data knows (e.g. "AR", "CA"); false for made-up codes like "XX".
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    return regionNames.of(code) !== code;
  } catch {
    return false;
  }
}

/**
 * True when `code` looks like a language code a service may list as spoken
 * (ISO 639-1 two letters, or a three-letter code such as "hat" or "quz").
 */
export function isLanguageCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(code);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** True when the platform knows the language code (e.g. "qu" Quechua, "hat" is written "ht"). */
export function isKnownLanguage(code: string): boolean {
  try {
    return languageNames.of(code) !== code;
  } catch {
    return false;
  }
}

/** Kinds of institution that pages send people to (`institutions` in a country file). */
export const INSTITUTION_KINDS = [
  'police',
  'prosecutor',
  'migration',
  'ombudsman',
  'child-protection',
  'hotline',
  'labour',
  'consumer',
  'other',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/**
 * How a person last verified a service: `phone` (someone called), `visit`,
 * `email`, or `published-sources` (checked against the pages it cites, a
 * desk check). Readers are told which, in plain words.
 */
export const VERIFICATION_METHODS = ['phone', 'visit', 'email', 'published-sources'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
