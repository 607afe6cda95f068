/**
 * The committed record of every cited source as last read
 * (`data/sources.lock.json`): final address, status, fingerprint, the day it
 * was last seen unchanged and the day a person last accepted it. Written
 * atomically after each source, so an interrupted run loses nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeJsonAtomic } from '../repo/json-file.ts';
import type { Fingerprint } from './fingerprint.ts';

/** What the lock keeps of one source. */
export interface LockEntry {
  /** Where the address led the last time it was read. */
  finalUrl: string;
  /** HTTP status of that read. */
  status: number;
  /** Its main text's fingerprint. */
  fingerprint: Fingerprint;
  /** Last day it was read and found unchanged (or first recorded). */
  seen: string;
  /** Last day a person re-read the facts that cite it and accepted it (`--accept`). */
  accepted?: string;
}

/** The lock file: one entry per cited address. */
export interface Lock {
  version: 1;
  sources: Record<string, LockEntry>;
}

/** Reads the lock; a missing file is an empty lock (the first run with network fills it). */
export function readLock(path: string): Lock {
  if (!existsSync(path)) return { version: 1, sources: {} };
  const data = JSON.parse(readFileSync(path, 'utf8')) as Lock;
  return { version: 1, sources: data.sources ?? {} };
}

/** Writes the lock (sorted, one entry per line block) through a temporary file, so it is never half-written. */
export function writeLock(path: string, lock: Lock): void {
  writeJsonAtomic(path, { version: 1, sources: Object.fromEntries(Object.entries(lock.sources).sort(([a], [b]) => a.localeCompare(b))) });
}
