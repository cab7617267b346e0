/**
 * Answers as a file: what the storage warning downloads, and what "Restore from a file" reads
 * back. The reader accepts this answers file and the results export (features/results/export.ts,
 * format "pathfinder-results"), whose `answers` and `preferences` have the same shape.
 *
 * `readBackup` is total, like the share-link decoder: any text gives `{ ok: false, message }`
 * rather than throwing, it only ever treats the file as data, and it refuses a file with any
 * unreadable answer instead of quietly restoring part of it.
 */
import type { Profile, WorkPreferences } from '@/scoring';
import { isLevel, isSkillId, sanitize } from './sanitize';

export const BACKUP_FILENAME = 'pathfinder-answers.json';
export const BACKUP_FORMAT = 'pathfinder-answers';
export const BACKUP_VERSION = 1;
/** Formats whose `answers` and `preferences` this reader understands, with their versions. */
const READABLE: Record<string, number> = { [BACKUP_FORMAT]: 1, 'pathfinder-results': 1 };
/** A real export is a few tens of kilobytes; anything far bigger is not ours. */
export const MAX_BACKUP_BYTES = 1_000_000;
const MAX_ANSWERS = 500;

export interface AnswersBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  catalogueVersion: string;
  answers: Record<string, { level: number; skill: string }>;
  preferences: WorkPreferences;
}

export function buildBackup(
  answers: Profile,
  preferences: WorkPreferences,
  catalogueVersion: string,
  skillName: (id: string) => string,
  now: Date = new Date(),
): AnswersBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    catalogueVersion,
    answers: Object.fromEntries(
      Object.entries(answers)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, level]) => [id, { level, skill: skillName(id) }]),
    ),
    preferences: { ...preferences, industries: [...preferences.industries] },
  };
}

export interface RestoredAnswers {
  answers: Profile;
  preferences: WorkPreferences | null;
  catalogueVersion: string | null;
}

export type BackupResult = { ok: true; data: RestoredAnswers } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (message: string): BackupResult => ({ ok: false, message });

function readUnsafe(text: unknown): BackupResult {
  if (typeof text !== 'string') return fail('This file could not be read.');
  if (text.length > MAX_BACKUP_BYTES)
    return fail('This file is too large to be a Pathfinder download (over 1 MB).');
  if (text.trim() === '') return fail('This file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('This file is not JSON, so it is not a Pathfinder download.');
  }
  if (!isRecord(json) || typeof json.format !== 'string' || !(json.format in READABLE))
    return fail(
      'This file is not a Pathfinder download: choose the pathfinder-answers.json or pathfinder-results.json file Pathfinder saved.',
    );
  if (json.version !== READABLE[json.format])
    return fail('This file was made by a different version of Pathfinder and cannot be read here.');
  if (!isRecord(json.answers))
    return fail('This file is damaged: it has no list of answers, so nothing can be restored.');

  const answers: Record<string, number> = {};
  const entries = Object.entries(json.answers);
  if (entries.length > MAX_ANSWERS)
    return fail('This file is damaged: it holds more answers than Pathfinder has skills.');
  for (const [id, entry] of entries) {
    const level = isRecord(entry) ? entry.level : undefined;
    if (!isSkillId(id) || !isLevel(level))
      return fail(
        `This file is damaged: the answer for "${id.slice(0, 40)}" is not a level from 0 to 4, so nothing was restored.`,
      );
    answers[id] = level;
  }
  if (Object.keys(answers).length === 0) return fail('This file holds no answers to restore.');

  let preferences: WorkPreferences | null = null;
  if (json.preferences !== undefined) {
    const { state, reset } = sanitize({ preferences: json.preferences });
    if (reset.length > 0)
      return fail(
        'This file is damaged: its work preferences cannot be read, so nothing was restored.',
      );
    preferences = state.preferences;
  }
  const catalogueVersion =
    typeof json.catalogueVersion === 'string' ? json.catalogueVersion.slice(0, 80) : null;
  return { ok: true, data: { answers, preferences, catalogueVersion } };
}

/** Reads a downloaded answers or results file. Never throws. */
export function readBackup(text: unknown): BackupResult {
  try {
    return readUnsafe(text);
  } catch {
    // Defence in depth: a file must never crash the page.
    return fail('This file could not be read.');
  }
}
