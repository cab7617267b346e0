/**
 * What an older share link needs to decode: every shipped skill list by checksum
 * (data/share-skill-lists.json; a test requires today's list in it). Renamed skill ids come with
 * the catalogue (`CatalogueModel.aliases`).
 */
import lists from '../../../data/share-skill-lists.json';

export const SHARE_SKILL_LISTS: Readonly<Record<string, readonly string[]>> = lists as Record<
  string,
  string[]
>;
