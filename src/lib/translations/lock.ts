/**
 * `data/translations.lock.json`: for each translated file, the hash of the
 * Spanish text each of its units follows, and which units a person reviewed
 * (by whom, when). "Outdated" is decided per unit from these hashes: when one
 * Spanish paragraph changes, only that unit is outdated, in every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeJsonAtomic } from '../repo/json-file.ts';

export interface FileLock {
  /** Unit id → hash of the Spanish text it translates. */
  units: Record<string, string>;
  /** Unit id → "Name, YYYY-MM-DD" of the person who reviewed it. */
  reviewed?: Record<string, string>;
}

export interface TranslationLock {
  version: 1;
  files: Record<string, FileLock>;
}

export const TRANSLATION_LOCK = 'data/translations.lock.json';

export function readTranslationLock(path: string): TranslationLock {
  if (!existsSync(path)) return { version: 1, files: {} };
  const data = JSON.parse(readFileSync(path, 'utf8')) as TranslationLock;
  return { version: 1, files: data.files ?? {} };
}

export function writeTranslationLock(path: string, lock: TranslationLock): void {
  writeJsonAtomic(path, { version: 1, files: Object.fromEntries(Object.entries(lock.files).sort(([a], [b]) => a.localeCompare(b))) });
}
