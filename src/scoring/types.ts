/**
 * The scoring engine's public types: plain data in, plain data out.
 * This file is the contract between src/scoring and the UI; extend it, don't break it.
 */

/** A person's self-assessed levels: skill id -> level 0-4. Absent = not answered. */
export type Profile = Readonly<Record<string, number>>;

/** The slice of the catalogue the engine reads (structurally compatible with Catalogue). */
export interface ScoringSkill {
  id: string;
  name: string;
  category: string;
}
export interface ScoringRole {
  id: string;
  title: string;
  seniority: 'individual-contributor' | 'lead';
  /** `defining` marks a skill without which nobody holds the role (its value, a source, is not read). */
  skills: readonly { skill: string; importance: number; level: number; defining?: unknown }[];
  education: { typical: string; jobZone: { zone: number } };
  industries: { items: readonly { id: string }[] };
}
export interface ScoringInput {
  skills: readonly ScoringSkill[];
  roles: readonly ScoringRole[];
}

/** One role's requirements, in canonical order (by skill id), ready for the fit kernel. */
export interface PreparedRole {
  readonly id: string;
  /** Position in the catalogue. */
  readonly index: number;
  readonly role: ScoringRole;
  /** Skill index (into PreparedCatalogue.skillIds) of each requirement. */
  readonly skill: Int32Array;
  /** Required level of each requirement (0-4). */
  readonly required: Float64Array;
  /** Importance of each requirement (1-5), as listed. */
  readonly importance: Float64Array;
  /** Scoring weight: the importance, or 0 when the required level is 0 (nothing to meet). */
  readonly weight: Float64Array;
  /** Which requirements (indexes into the arrays above) are defining skills. */
  readonly defining: Int32Array;
  /** W: total scoring weight. */
  readonly total: number;
  /** c = 1 + K / W: how much heavier unmet weight counts. */
  readonly shrink: number;
  /** Position in the tie-break order (total weight descending, then id). */
  tieRank: number;
}

/** One skill's column of the score table (see scoreAll). */
export interface SkillColumn {
  readonly skill: number;
  /** The roles that need the skill, and which of each role's requirements it is. */
  readonly roles: Int32Array;
  readonly entries: Int32Array;
  /** atLevel[l - 1][role index]: what level l adds to each role's weighted fit (0 if unneeded). */
  readonly atLevel: readonly Float64Array[];
}

/** Learning weeks between roles' requirements, built on first use by paths. */
export interface PathData {
  /** weeks[a * n + b]: learning weeks from a's requirements to b's. */
  weeks: Float64Array;
  /** cost[a * n + b]: leapCost of weeks[a * n + b]. */
  cost: Float64Array;
  /** Levels each role requires, dense: levels[a * nSkills + s]. */
  levels: Float64Array;
}

/** What the adaptive quiz reads besides the kernel, built on first use. */
export interface QuestionData {
  /** Category of each skill. */
  category: readonly string[];
  /** Each role's required level on every skill (role-major; UNLISTED_LEVEL where not listed). */
  profile: Float64Array;
}

/** Precomputed once per catalogue by prepareCatalogue; treat as read-only. */
export interface PreparedCatalogue {
  readonly skillIds: readonly string[];
  readonly roleIds: readonly string[];
  readonly input: ScoringInput;
  readonly skillIndex: ReadonlyMap<string, number>;
  readonly roleIndex: ReadonlyMap<string, number>;
  readonly roles: readonly PreparedRole[];
  /** Roles in tie-break order (total weight descending, then id). */
  readonly byTieRank: readonly PreparedRole[];
  /** The score table, skill by skill in id order. */
  readonly byColumn: readonly SkillColumn[];
  /** Filled on first use by paths and the quiz (see derived() in engine.ts). */
  readonly derived: { paths?: PathData; questions?: QuestionData; spread?: Float64Array };
}

export type SkillStatus = 'met' | 'partial' | 'missing';

export interface SkillContribution {
  skillId: string;
  importance: number;
  required: number;
  /** The person's level, or null when the skill was not answered. */
  have: number | null;
  /** Points this skill adds to the 0-100 score; contributions sum to the score. */
  points: number;
  /** The most this skill could add (points when fully met). */
  maxPoints: number;
  status: SkillStatus;
  /** A defining skill of the role: a shortfall here limits the whole score. */
  defining: boolean;
}

/** The defining skill that limits a role's score: its answered level against the level needed. */
export interface DefiningLimit {
  skillId: string;
  have: number;
  required: number;
  /** The most the role can score until this gap closes: 100 x have / required. */
  cap: number;
}

export interface RoleScore {
  roleId: string;
  /** Skill fit 0-100, never NaN. */
  score: number;
  contributions: SkillContribution[];
  met: number;
  partial: number;
  /** Rated, and at 0 where the role needs more. */
  missing: number;
  /** Needed above 0 and not rated yet (never counted as missing). */
  unrated: number;
  /** 0-1: share of the role's (importance-weighted) skills the person answered. */
  confidence: number;
  /** The answered defining skill holding the score down, or null when none does. */
  limit: DefiningLimit | null;
  /** True when a defining skill is answered 0: the role is set aside, listed after the others. */
  setAside: boolean;
  /** Defining skills not rated yet: rating them can move this role a long way. */
  unratedDefining: string[];
}

export interface WorkPreferences {
  /** -1 = strongly prefer hands-on building, 0 = no preference, 1 = strongly prefer leading people. */
  leadership: number;
  /** Industry ids of interest; empty = any. */
  industries: readonly string[];
  /** Highest O*NET job zone (1-5) the person will consider; null = any. */
  maxJobZone: number | null;
}

export interface RankFilters {
  industries?: readonly string[];
  seniority?: 'individual-contributor' | 'lead';
  /** Education level ids (EDUCATION_LEVELS keys) to keep. */
  education?: readonly string[];
}

/** Why preferences moved a role: plain data; the UI puts it into words. */
export type PreferenceReason =
  | { kind: 'leadership'; points: number; prefers: 'leading' | 'building' }
  | { kind: 'industry'; points: number; industries: string[] }
  | { kind: 'job-zone'; zone: number; maxJobZone: number };

/**
 * One role in a ranking: plain data. Per-skill contributions and counts are not included, so
 * ranking thousands of roles stays cheap; explainRole gives them for the roles on screen.
 */
export interface RankedRole {
  roleId: string;
  /** Skill fit 0-100, never NaN. */
  score: number;
  /** 1-based rank in this result. */
  rank: number;
  /** Visible preference adjustment in points (may be negative); 0 without preferences. */
  preferenceAdjustment: number;
  /** Why preferences moved or set aside the role. */
  preferenceReasons: PreferenceReason[];
  /** score + preferenceAdjustment, clamped to 0-100: what the list is ordered by. */
  adjustedScore: number;
  /** True when preferences exclude the role (e.g. job zone above the maximum). */
  excludedByPreferences: boolean;
  /** True when a defining skill is answered 0 (see RoleScore.setAside); listed after the others. */
  setAside: boolean;
}

export interface GapItem {
  skillId: string;
  /** A defining skill of the role: its shortfall limits the score (see definingCap). */
  defining: boolean;
  have: number;
  required: number;
  shortfall: number;
  importance: number;
  /** Higher = do first. */
  priority: number;
  kind: 'quick-win' | 'foundation';
  /** Rough learning effort for this skill, in weeks. */
  effortWeeks: number;
}

export interface GapAnalysis {
  roleId: string;
  /** Gaps on rated skills, highest priority first. Never a skill the person has not rated. */
  items: GapItem[];
  /** Requirements the person has not rated yet: defining ones first, then by importance. */
  unrated: { skillId: string; required: number; importance: number; defining: boolean }[];
  quickWins: GapItem[];
  foundations: GapItem[];
  /** Rough total effort range in weeks (documented heuristic). */
  effortWeeks: { low: number; high: number };
}

export interface WhatIfRow {
  roleId: string;
  before: number;
  after: number;
  rankBefore: number;
  rankAfter: number;
  /** rankBefore - rankAfter: positive = moved up. */
  movement: number;
}

export interface PathEdge {
  roleId: string;
  /** The move's cost: leapCost(weeks) = weeks x (1 + weeks / LEAP_WEEKS), what paths minimise. */
  cost: number;
  /** Learning (weeks) to close the gap from the previous step's requirements to this role's. */
  weeks: number;
  skillsGained: { skillId: string; from: number; to: number }[];
}

export interface CareerPath {
  from: { kind: 'role'; roleId: string } | { kind: 'profile' };
  to: string;
  steps: PathEdge[];
  /** Sum of the steps' costs: never above directCost. */
  totalCost: number;
  /** Sum of the steps' learning weeks (may exceed directWeeks: smaller leaps, more learning). */
  totalWeeks: number;
  /** Cost of jumping straight from the start to the target, for comparison. */
  directCost?: number;
  /** Learning (weeks) of jumping straight there. */
  directWeeks: number;
}

/**
 * Why the quiz may stop now: 'complete' every skill answered; 'certain' no remaining answers can
 * change the top 5; 'stable' it survives a plausible swing of the remaining answers (see
 * nextQuestion); 'budget' the question budget is spent, which is a checkpoint, not a claim that
 * the top 5 has settled.
 */
export type SettledReason = 'certain' | 'stable' | 'budget' | 'complete';

export interface NextQuestion {
  /** The skill to ask next, or null when every skill is answered. */
  skillId: string | null;
  /**
   * True when the quiz may stop at its checkpoint (reason is not null): the top 5 has settled, or
   * the question budget is spent ('budget', which does not claim it has settled).
   */
  settled: boolean;
  /** True when no remaining answers whatsoever could change the top-5 set. */
  certain?: boolean;
  /** Why the quiz may stop, or null while it should go on. */
  reason?: SettledReason | null;
  /** Current leading role ids, best first. */
  leading: string[];
}
