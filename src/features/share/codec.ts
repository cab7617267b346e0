/**
 * Share codes: a person's answers and work preferences packed into a short, versioned text that
 * lives in the URL fragment (`/shared#<code>`), so it never reaches a server.
 *
 * Format, version 1:  `1.<base64url(JSON)>` where the JSON is
 *   { c: <checksum of the sorted skill ids>, l: <one char per skill in sorted-id order: 0-4 or "-">,
 *     p?: { l: leadership -1..1, i: industry ids, z: max job zone 1-5 | null } }
 * The checksum ties the level string to the exact skill list it was made with, so a catalogue
 * change can never silently give a level to the wrong skill: a code made with an earlier list is
 * read against that list (data/share-skill-lists.json keeps every shipped list by checksum) and
 * its answers moved to today's ids; a code whose list is unknown is rejected.
 *
 * Pasted links are forgiving: tracking parameters and trailing punctuation are dropped first.
 *
 * `decodeShare` is total: any input (any type, any length, any bytes) gives `{ ok: false, reason }`
 * rather than throwing, and it only ever treats the code as text.
 */
// Before any schema is built: zod must not probe for eval under our CSP.
import '@/catalogue/zod-config';
import { z } from 'zod';
import { INDUSTRY_IDS, isIndustryId } from '@/catalogue/vocabulary';
import {
  JOB_ZONE_RANGE,
  LEADERSHIP_RANGE,
  MAX_LEVEL,
  type Profile,
  type WorkPreferences,
} from '@/scoring';

export const SHARE_VERSION = 1;
/** Longer codes are refused before any parsing (a real v1 code is a few hundred characters). */
export const MAX_SHARE_LENGTH = 4096;
const UNANSWERED = '-';

export interface SharedProfile {
  answers: Profile;
  preferences: WorkPreferences | null;
}

export type DecodeFailure =
  'empty' | 'too-long' | 'malformed' | 'unsupported-version' | 'catalogue-changed';

export type DecodeResult =
  { ok: true; data: SharedProfile } | { ok: false; reason: DecodeFailure; message: string };

const MESSAGES: Record<DecodeFailure, string> = {
  empty: 'This link does not contain any shared results.',
  'too-long': 'This link is too long to be a Pathfinder share link.',
  malformed: 'This link is damaged or incomplete, so the shared results cannot be read.',
  'unsupported-version':
    'This link was made by a different version of Pathfinder and cannot be read here.',
  'catalogue-changed':
    'This link was made with a skill list this version of Pathfinder does not know, so its answers cannot be matched to skills. If Pathfinder offers to reload to update, do that and open the link again.',
};

const payloadSchema = z.strictObject({
  c: z.string().regex(/^[0-9a-z]{1,8}$/),
  l: z.string().regex(/^[0-4-]{0,1000}$/),
  p: z
    .strictObject({
      l: z.number().min(LEADERSHIP_RANGE.min).max(LEADERSHIP_RANGE.max),
      i: z
        .array(z.enum(INDUSTRY_IDS))
        .max(INDUSTRY_IDS.length)
        .refine((ids) => new Set(ids).size === ids.length, 'no duplicate industries'),
      z: z.number().int().min(JOB_ZONE_RANGE.min).max(JOB_ZONE_RANGE.max).nullable(),
    })
    .optional(),
});
type Payload = z.infer<typeof payloadSchema>;

/** The canonical skill order for a code: sorted ids, independent of the catalogue's file order. */
export function canonicalSkillOrder(skillIds: readonly string[]): string[] {
  return [...new Set(skillIds)].sort();
}

/**
 * FNV-1a (32-bit) over the canonical skill ids joined by ",", written in base 36.
 * Not a security measure: it only detects that the skill list differs from the encoder's.
 */
export function skillListChecksum(skillIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = canonicalSkillOrder(skillIds).join(',');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function toBase64Url(text: string): string {
  // The payload is ASCII only (ids, digits, punctuation), so btoa is safe on it.
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    // Only printable ASCII can come from our encoder; anything else is not ours.
    return /^[\x20-\x7e]*$/.test(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Packs answers (levels 0-4, unknown skill ids ignored) and preferences into a share code. */
export function encodeShare(data: SharedProfile, skillIds: readonly string[]): string {
  const order = canonicalSkillOrder(skillIds);
  const levels = order
    .map((id) => {
      const level = data.answers[id];
      return typeof level === 'number' &&
        Number.isInteger(level) &&
        level >= 0 &&
        level <= MAX_LEVEL
        ? String(level)
        : UNANSWERED;
    })
    .join('');
  const payload: Payload = { c: skillListChecksum(order), l: levels };
  if (data.preferences) {
    const { leadership, industries, maxJobZone } = data.preferences;
    payload.p = {
      // `|| 0` turns -0 into 0 so the code (and its round trip) is canonical.
      l:
        Math.max(
          LEADERSHIP_RANGE.min,
          Math.min(LEADERSHIP_RANGE.max, Number.isFinite(leadership) ? leadership : 0),
        ) || 0,
      i: [...new Set(industries)].filter(isIndustryId),
      z: maxJobZone,
    };
  }
  return `${SHARE_VERSION}.${toBase64Url(JSON.stringify(payload))}`;
}

function fail(reason: DecodeFailure): DecodeResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/**
 * What a chat app or mail client adds around a pasted link: tracking parameters after the code
 * (`&utm_source=…`, `?fbclid=…`) and the sentence's own punctuation (`.`, `)`, `,`, quotes, maybe
 * percent-encoded). None of it can be part of a code, whose body is base64url only.
 */
function cleanPasted(input: string): string {
  return input
    .trim()
    .replace(/^#/, '')
    .replace(/[&?].*$/s, '')
    .replace(/(?:%[0-9a-f]{2}|[^A-Za-z0-9_-])+$/i, '');
}

/** Skill lists of earlier catalogues by checksum, and renamed skill ids (old -> new). */
export interface ShareHistory {
  lists: Readonly<Record<string, readonly string[]>>;
  aliases: Readonly<Record<string, string>>;
}

const NO_HISTORY: ShareHistory = { lists: {}, aliases: {} };

function currentId(id: string, aliases: Readonly<Record<string, string>>): string {
  let at = id;
  for (let hops = 0; hops < 50 && Object.prototype.hasOwnProperty.call(aliases, at); hops++)
    at = aliases[at]!;
  return at;
}

function decodeUnsafe(
  input: unknown,
  skillIds: readonly string[],
  history: ShareHistory,
): DecodeResult {
  if (typeof input !== 'string') return fail('malformed');
  if (input.length > MAX_SHARE_LENGTH) return fail('too-long');
  const code = cleanPasted(input);
  if (code === '') return fail('empty');
  const match = /^(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(code);
  if (!match) return fail('malformed');
  const [, version, body] = match;
  if (Number(version) !== SHARE_VERSION) return fail('unsupported-version');
  const json = fromBase64Url(body ?? '');
  if (json === null) return fail('malformed');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('malformed');
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return fail('malformed');
  const payload = parsed.data;
  const current = canonicalSkillOrder(skillIds);
  // A link made with an older skill list decodes against that list (kept by checksum), and its
  // answers then move to today's ids: renamed skills follow their alias, removed ones drop out.
  const order =
    payload.c === skillListChecksum(current) ? current : (history.lists[payload.c] ?? null);
  if (order === null) return fail('catalogue-changed');
  if (payload.l.length !== order.length) return fail('malformed');
  const known = new Set(current);
  const answers: Record<string, number> = {};
  order.forEach((id, i) => {
    const ch = payload.l[i];
    const to = currentId(id, history.aliases);
    if (ch !== undefined && ch !== UNANSWERED && known.has(to) && answers[to] === undefined)
      answers[to] = Number(ch);
  });
  const preferences: WorkPreferences | null = payload.p
    ? { leadership: payload.p.l, industries: payload.p.i, maxJobZone: payload.p.z }
    : null;
  return { ok: true, data: { answers, preferences } };
}

/** Reads a share code against the current catalogue's skill ids. Never throws. */
export function decodeShare(
  input: unknown,
  skillIds: readonly string[],
  history: ShareHistory = NO_HISTORY,
): DecodeResult {
  try {
    return decodeUnsafe(input, skillIds, history);
  } catch {
    // Defence in depth: the steps above are written not to throw, but a link must never crash a page.
    return fail('malformed');
  }
}
