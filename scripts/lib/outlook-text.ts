/**
 * Stale prose guard: the outlook text of a role may only quote a percentage that one of its
 * outlook figures shows. Figures are rebuilt from data/sources by data:build, prose is not, so a
 * percentage in the text that no figure carries is an old number waiting to mislead (the 2023-33
 * growth rates survived in the texts that way). Pure.
 */
import type { CatalogueIssue } from '../../src/catalogue/validate';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "11%", "15.8 %" and "10 percent" -> 11, 15.8, 10. */
export function percentagesIn(text: string): number[] {
  return [...text.matchAll(/(-?\d+(?:\.\d+)?)\s?(?:%|percent\b)/g)].map((m) => Number(m[1]));
}

export function outlookTextIssues(file: string, role: unknown): CatalogueIssue[] {
  if (!isObj(role) || !isObj(role.outlook) || typeof role.outlook.text !== 'string') return [];
  const figures = Array.isArray(role.outlook.figures) ? role.outlook.figures.filter(isObj) : [];
  const shown = new Set(
    figures.flatMap((f) => [
      ...(typeof f.percent === 'number' ? [f.percent] : []),
      ...(typeof f.value === 'string' ? percentagesIn(f.value) : []),
    ]),
  );
  return percentagesIn(role.outlook.text)
    .filter((p) => !shown.has(p))
    .map((p) => ({
      file,
      path: 'outlook.text',
      message: `quotes ${p}%, which none of outlook.figures shows; quote a figure's own value (or a seed article's figure listed there), or drop the number`,
    }));
}
