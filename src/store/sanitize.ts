/**
 * Reading stored answers back safely. Everything in localStorage is untrusted: an older app
 * version, a hand edit, another tab or plain corruption can leave anything there. `migrate`
 * lifts any stored shape to the current one and `sanitize` then validates field by field, each
 * with its own default, so one unreadable field never costs the person the rest of their answers.
 * Both are pure and total: any input (wrong types, huge values, random bytes) returns a value.
 */
import { ID_PATTERN, INDUSTRY_IDS } from '@/catalogue/vocabulary';
import {
  JOB_ZONE_RANGE,
  LEADERSHIP_RANGE,
  MAX_LEVEL,
  NO_PREFERENCES,
  type WorkPreferences,
} from '@/scoring';

export const STORE_VERSION = 1;

/** Guards against absurd stored values freezing the page while they are read. */
const MAX_ENTRIES = 500;
const MAX_ID_LENGTH = 80;
const MAX_NAME_LENGTH = 200;

export type QuizMode = 'quick' | 'full';
export type QuizStage = 'questions' | 'checkpoint' | 'preferences';

/**
 * The catalogue a person's answers were last reconciled with: its version and its skills (id ->
 * name, so a skill removed since can still be named). See ./catalogue-update.
 */
export interface CatalogueStamp {
  version: string;
  skills: Record<string, string>;
}

/** What survives a reload. */
export interface PersistedAnswers {
  /** skill id -> level 0-4. Answers for skills the catalogue no longer has are kept, not shown. */
  answers: Record<string, number>;
  /**
   * skill id -> when its answer was last set or cleared (epoch ms); an id here but not in
   * `answers` was cleared. Lets two tabs merge answer by answer (./merge-tabs).
   */
  answeredAt: Record<string, number>;
  preferences: WorkPreferences;
  /** When the preferences last changed (epoch ms), for the same merge; null when never. */
  preferencesAt: number | null;
  /** null = the quiz has not been started (the intro shows). */
  mode: QuizMode | null;
  stage: QuizStage;
  /** Quick mode: index into `asked`; full mode: index of the category on screen. */
  position: number;
  /** Quick mode: skill ids in the order they were asked, so Back retraces the same path. */
  asked: string[];
  /** Skill ids the person chose to skip. */
  skipped: string[];
  /** Quick mode: ask at least this many questions before the next "settled" checkpoint. */
  refineUntil: number;
  /** Epoch milliseconds; null when never. */
  completedAt: number | null;
  updatedAt: number | null;
  /** null until first reconciled (answers saved by an older app, or a first visit). */
  catalogue: CatalogueStamp | null;
}

export const DEFAULT_PREFERENCES: WorkPreferences = NO_PREFERENCES;

export function defaultPersisted(): PersistedAnswers {
  return {
    answers: {},
    answeredAt: {},
    preferences: { ...DEFAULT_PREFERENCES, industries: [] },
    preferencesAt: null,
    mode: null,
    stage: 'questions',
    position: 0,
    asked: [],
    skipped: [],
    refineUntil: 0,
    completedAt: null,
    updatedAt: null,
    catalogue: null,
  };
}

/** Field names as people read them, for the "we reset X" notice. */
export const FIELD_LABELS: Record<string, string> = {
  storage: 'your saved quiz (it could not be read at all)',
  answers: 'some answers',
  'preferences.leadership': 'your leading-or-building preference',
  'preferences.industries': 'some industries of interest',
  'preferences.maxJobZone': 'your maximum preparation level',
  progress: 'your place in the quiz',
  skipped: 'your list of skipped questions',
  timestamps: 'the date you last answered',
};

/**
 * Field checks. Plain predicates rather than a schema library: the store loads on most pages, and
 * these are all ranges and fixed lists, so the validator stays out of those pages' start-up.
 */
type Check<T> = (value: unknown) => value is T;

const isInt = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);
const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (value): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);

export function isSkillId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}
export function isLevel(value: unknown): value is number {
  return isInt(value, 0, MAX_LEVEL);
}
const isIndustry = oneOf(INDUSTRY_IDS);
const isLeadership: Check<number> = (value): value is number =>
  typeof value === 'number' && value >= LEADERSHIP_RANGE.min && value <= LEADERSHIP_RANGE.max;
const isJobZone = nullable((value): value is number =>
  isInt(value, JOB_ZONE_RANGE.min, JOB_ZONE_RANGE.max),
);
const isMode = nullable(oneOf<QuizMode>(['quick', 'full']));
const isStage = oneOf<QuizStage>(['questions', 'checkpoint', 'preferences']);
const isCount: Check<number> = (value): value is number => isInt(value, 0, 10_000);
const isTimestamp = nullable((value): value is number => isInt(value, 0, 8.64e15));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps every valid `skill id -> level 0-4` entry; reports whether anything was dropped. */
export function salvageAnswers(value: unknown): {
  answers: Record<string, number>;
  dropped: boolean;
} {
  const answers: Record<string, number> = {};
  if (value === undefined) return { answers, dropped: false };
  if (!isRecord(value)) return { answers, dropped: true };
  let dropped = false;
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (++count > MAX_ENTRIES) {
      dropped = true;
      break;
    }
    const level = value[key];
    if (isSkillId(key) && isLevel(level)) answers[key] = level;
    else dropped = true;
  }
  return { answers, dropped };
}

/** Keeps every valid, distinct skill id of a list; reports whether anything was dropped. */
export function salvageIds(value: unknown): { ids: string[]; dropped: boolean } {
  if (value === undefined) return { ids: [], dropped: false };
  if (!Array.isArray(value)) return { ids: [], dropped: true };
  const ids: string[] = [];
  let dropped = value.length > MAX_ENTRIES;
  for (const item of value.slice(0, MAX_ENTRIES)) {
    if (isSkillId(item) && !ids.includes(item)) ids.push(item);
    else dropped = true;
  }
  return { ids, dropped };
}

/** Keeps every valid `skill id -> epoch ms` entry; reports whether anything was dropped. */
function salvageStamps(value: unknown): { stamps: Record<string, number>; dropped: boolean } {
  const stamps: Record<string, number> = {};
  if (value === undefined) return { stamps, dropped: false };
  if (!isRecord(value)) return { stamps, dropped: true };
  let dropped = false;
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (++count > MAX_ENTRIES) return { stamps, dropped: true };
    const stamp = value[key];
    if (isSkillId(key) && isTimestamp(stamp) && stamp !== null) stamps[key] = stamp;
    else dropped = true;
  }
  return { stamps, dropped };
}

function salvageIndustries(value: unknown): { ids: string[]; dropped: boolean } {
  if (value === undefined) return { ids: [], dropped: false };
  if (!Array.isArray(value)) return { ids: [], dropped: true };
  const ids: string[] = [];
  let dropped = false;
  for (const item of value.slice(0, MAX_ENTRIES)) {
    if (isIndustry(item) && !ids.includes(item)) ids.push(item);
    else dropped = true;
  }
  return { ids, dropped: dropped || value.length > MAX_ENTRIES };
}

/**
 * The stamp, or null when absent or unreadable. Not reported as reset: losing it costs no answer,
 * only the "new since your last visit" hint, and the next reconcile writes it again.
 */
export function salvageStamp(value: unknown): CatalogueStamp | null {
  if (!isRecord(value) || !isRecord(value.skills)) return null;
  const { version } = value;
  if (typeof version !== 'string' || version.length === 0 || version.length > MAX_ID_LENGTH)
    return null;
  const skills: Record<string, string> = {};
  let count = 0;
  for (const key in value.skills) {
    if (!Object.prototype.hasOwnProperty.call(value.skills, key)) continue;
    if (++count > MAX_ENTRIES) return null;
    const name = value.skills[key];
    if (!isSkillId(key) || typeof name !== 'string' || name.length > MAX_NAME_LENGTH) return null;
    skills[key] = name;
  }
  return { version, skills };
}

export interface SanitizeResult {
  state: PersistedAnswers;
  /** Keys of FIELD_LABELS that had to be reset or trimmed; empty when everything was readable. */
  reset: string[];
}

/**
 * Validates a stored state field by field. A field that is absent takes its default silently
 * (a newer app added it); a field that is present but unreadable takes its default and is
 * reported, so the UI can tell the person exactly what was lost.
 */
export function sanitize(raw: unknown): SanitizeResult {
  const state = defaultPersisted();
  const reset = new Set<string>();
  if (raw === undefined || raw === null) return { state, reset: [] };
  if (!isRecord(raw)) return { state, reset: ['storage'] };

  const answers = salvageAnswers(raw.answers);
  state.answers = answers.answers;
  if (answers.dropped) reset.add('answers');

  const prefs = raw.preferences;
  if (prefs !== undefined && !isRecord(prefs)) {
    reset.add('preferences.leadership').add('preferences.industries').add('preferences.maxJobZone');
  } else if (prefs) {
    const field = <T>(key: string, check: Check<T>, fallback: T): T => {
      const value = prefs[key];
      if (value === undefined) return fallback;
      if (check(value)) return value;
      reset.add(`preferences.${key}`);
      return fallback;
    };
    const industries = salvageIndustries(prefs.industries);
    if (industries.dropped) reset.add('preferences.industries');
    state.preferences = {
      leadership: field('leadership', isLeadership, DEFAULT_PREFERENCES.leadership),
      industries: industries.ids,
      maxJobZone: field('maxJobZone', isJobZone, DEFAULT_PREFERENCES.maxJobZone),
    };
  }

  const progressField = <T>(key: string, check: Check<T>, fallback: T, group: string): T => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (check(value)) return value;
    reset.add(group);
    return fallback;
  };
  state.mode = progressField('mode', isMode, null, 'progress');
  state.stage = progressField('stage', isStage, 'questions', 'progress');
  state.position = progressField('position', isCount, 0, 'progress');
  state.refineUntil = progressField('refineUntil', isCount, 0, 'progress');
  const asked = salvageIds(raw.asked);
  state.asked = asked.ids;
  if (asked.dropped) reset.add('progress');
  const skipped = salvageIds(raw.skipped);
  state.skipped = skipped.ids;
  if (skipped.dropped) reset.add('skipped');
  state.completedAt = progressField('completedAt', isTimestamp, null, 'timestamps');
  state.updatedAt = progressField('updatedAt', isTimestamp, null, 'timestamps');
  state.preferencesAt = progressField('preferencesAt', isTimestamp, null, 'timestamps');
  const answeredAt = salvageStamps(raw.answeredAt);
  state.answeredAt = answeredAt.stamps;
  if (answeredAt.dropped) reset.add('timestamps');
  state.catalogue = salvageStamp(raw.catalogue);

  return { state, reset: [...reset] };
}

/**
 * Lifts a stored state from an older (or, after a downgrade, newer) version to the current
 * shape. Version 1 is the first stored shape, so there is nothing to rename yet: an unknown
 * version is read as-is and `sanitize` salvages whatever still fits. Add one `if (version < n)`
 * step per future change here, and never throw.
 */
export function migrate(persisted: unknown, version: number): unknown {
  void version;
  if (persisted === undefined || persisted === null) return undefined;
  return isRecord(persisted) ? persisted : UNREADABLE;
}

/**
 * Turns whatever localStorage holds into zustand's `{ state, version }`. Text that is not JSON
 * becomes a marker object that `sanitize` reports as an unreadable store.
 */
export function parseStored(text: string | null): { state: unknown; version: number } | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: UNREADABLE, version: STORE_VERSION };
  }
  if (!isRecord(json)) return { state: UNREADABLE, version: STORE_VERSION };
  const version =
    typeof json.version === 'number' && Number.isFinite(json.version) ? json.version : 0;
  return { state: json.state === undefined ? UNREADABLE : json.state, version };
}

/** Stands in for stored text that is not a JSON object; sanitize reports it as 'storage'. */
export const UNREADABLE = 'unreadable' as const;
