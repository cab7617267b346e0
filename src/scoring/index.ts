/**
 * The scoring engine's public face. Pure TypeScript: no React, stores, router, query or DOM.
 * (Placeholder signatures: the implementation lands with the scoring issue.)
 */
import type {
  CareerPath,
  GapAnalysis,
  NextQuestion,
  PathEdge,
  PreparedCatalogue,
  Profile,
  RankFilters,
  RankedRole,
  RoleScore,
  ScoringInput,
  WhatIfRow,
  WorkPreferences,
} from './types';

export type * from './types';

const todo = (name: string): never => {
  throw new Error(`scoring.${name} is not implemented yet`);
};

/** Precompute once per catalogue. Throws on an empty catalogue or a role naming an unknown skill. */
export function prepareCatalogue(input: ScoringInput): PreparedCatalogue {
  return todo('prepareCatalogue' + String(input.roles.length));
}
/** Score every role for a profile (catalogue order). Throws on levels outside 0-4, NaN, unknown skill ids. */
export function scoreRoles(prepared: PreparedCatalogue, profile: Profile): RoleScore[] {
  return todo('scoreRoles' + String(prepared.roleIds.length) + String(Object.keys(profile).length));
}
/** Ranked, filtered roles with the visible preference adjustment. Deterministic. */
export function rankRoles(
  prepared: PreparedCatalogue,
  profile: Profile,
  options?: { filters?: RankFilters; preferences?: WorkPreferences },
): RankedRole[] {
  return todo('rankRoles' + String(prepared.roleIds.length + Object.keys(profile).length) + String(options));
}
export function gapAnalysis(prepared: PreparedCatalogue, profile: Profile, roleId: string): GapAnalysis {
  return todo('gapAnalysis' + String(prepared.roleIds.length + Object.keys(profile).length) + roleId);
}
export function whatIf(prepared: PreparedCatalogue, profile: Profile, changes: Profile): WhatIfRow[] {
  return todo('whatIf' + String(prepared.roleIds.length + Object.keys(profile).length + Object.keys(changes).length));
}
/** Neighbouring roles of a role, cheapest first. */
export function adjacentRoles(prepared: PreparedCatalogue, roleId: string, limit?: number): PathEdge[] {
  return todo('adjacentRoles' + String(prepared.roleIds.length) + roleId + String(limit));
}
/** Cheapest path from a role or the person's profile to a target role; null if unreachable. */
export function cheapestPath(
  prepared: PreparedCatalogue,
  from: { kind: 'role'; roleId: string } | { kind: 'profile'; profile: Profile },
  to: string,
): CareerPath | null {
  return todo('cheapestPath' + String(prepared.roleIds.length) + from.kind + to);
}
/** The next skill to ask in the adaptive quiz, and whether the top 5 is settled. */
export function nextQuestion(
  prepared: PreparedCatalogue,
  answers: Profile,
  preferences?: WorkPreferences,
): NextQuestion {
  return todo('nextQuestion' + String(prepared.roleIds.length + Object.keys(answers).length) + String(preferences));
}
