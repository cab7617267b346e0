/**
 * What an older share link needs to decode: every shipped skill list by checksum
 * (data/share-skill-lists.json; a test requires today's list in it) and the renamed skill ids.
 */
import lists from '../../../data/share-skill-lists.json';
import { SKILL_ALIASES } from '@/store/skill-aliases';
import type { ShareHistory } from './codec';

export const SHARE_HISTORY: ShareHistory = {
  lists: lists as Record<string, string[]>,
  aliases: SKILL_ALIASES,
};
