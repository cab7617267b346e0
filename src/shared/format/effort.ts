/** "6 weeks"; past a year it adds the years, since "328 weeks" is hard to picture. */
export function formatWeeks(weeks: number): string {
  const rounded = Math.max(0, Math.round(weeks));
  const text = rounded === 1 ? '1 week' : `${rounded} weeks`;
  if (rounded < 52) return text;
  const years = Math.round((rounded / 52) * 2) / 2;
  return `${text} (about ${years} ${years === 1 ? 'year' : 'years'})`;
}

export function formatPoints(points: number): string {
  return (Math.round(points * 10) / 10).toFixed(1);
}
