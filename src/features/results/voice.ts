/**
 * Whose results a list shows. The engine and this feature word everything to the person using
 * the app ("you prefer…"); on a shared link or the example profile the results belong to someone
 * else, so the same facts must describe a third person instead.
 */
export type Whose = 'own' | 'other';

/** An engine preference reason, re-addressed to a third person when the results are not the viewer's. */
export function reasonFor(reason: string, whose: Whose): string {
  if (whose === 'own') return reason;
  return reason
    .replace(/\byourself\b/g, 'themselves')
    .replace(/\byou\b/g, 'they')
    .replace(/\bYou\b/g, 'They')
    .replace(/\byour\b/g, 'their')
    .replace(/\bYour\b/g, 'Their');
}
