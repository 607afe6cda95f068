/** The shapes the content check works with. */
import type { ContentProblem } from './problems.ts';

/** A content file that parsed and validated. */
export interface CheckedEntry {
  collection: string;
  file: string;
  /** Language folder for per-language collections. */
  lang?: string;
  /** Slug or id (file name without extension). */
  slug: string;
  /** Course slug for lessons. */
  course?: string;
  data: Record<string, unknown>;
}

/** Result of checking a whole content tree. */
export interface CheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
  fileCount: number;
}

/** How strict the check is. */
export interface CheckOptions {
  /** Release mode: legal facts verified more than 12 months ago are errors, not warnings. */
  strict?: boolean;
  /** The day to judge staleness on (tests); today by default. */
  now?: Date;
}

/** MDX bodies by file, with the line where the body starts and the file's language. */
export type Bodies = Map<string, { body: string; offset: number; lang: string }>;
