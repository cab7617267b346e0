/**
 * Whose results a page shows, and the words for them. The engine returns facts as data; these
 * functions put them into words for the person using the app ("you") or, on a shared link or the
 * example profile, for someone else ("they").
 */
import { industryName } from '@/catalogue/vocabulary';
import type { PreferenceReason } from '@/scoring';

export type Whose = 'own' | 'other';

export interface Voice {
  /** "you" / "they" */
  subject: string;
  /** "You" / "They" */
  Subject: string;
  /** "your" / "their" */
  possessive: string;
  /** "yourself" / "themselves" */
  reflexive: string;
}

const VOICES: Record<Whose, Voice> = {
  own: { subject: 'you', Subject: 'You', possessive: 'your', reflexive: 'yourself' },
  other: { subject: 'they', Subject: 'They', possessive: 'their', reflexive: 'themselves' },
};

export function voiceOf(whose: Whose): Voice {
  return VOICES[whose];
}

/** One preference reason in words, e.g. "+3: common in Finance and banking, which you picked". */
export function describeReason(reason: PreferenceReason, whose: Whose): string {
  const v = voiceOf(whose);
  switch (reason.kind) {
    case 'leadership':
      return reason.prefers === 'leading'
        ? `+${reason.points}: a lead role, and ${v.subject} prefer leading people`
        : `+${reason.points}: a hands-on role, and ${v.subject} prefer building things ${v.reflexive}`;
    case 'industry':
      return `+${reason.points}: common in ${reason.industries.map(industryName).join(', ')}, which ${v.subject} picked`;
    case 'job-zone':
      return `Set aside: usually needs preparation at job zone ${reason.zone}, above the most ${v.subject} chose (${reason.maxJobZone})`;
  }
}
