/**
 * Conversions from O*NET scales to the catalogue's scales. Pure.
 *
 * importance = IM (1-5), rounded to 1 decimal.
 * level      = LV (0-7) x 4/7, rounded to 1 decimal, so LV 0 -> 0, LV 3.5 -> 2, LV 7 -> 4.
 * Rounding is half away from zero on the decimal value (3.25 -> 3.3), computed on 12 significant
 * digits first so binary artefacts (1.15 x 10 = 11.4999...) cannot flip a result.
 */

export function round1(x: number): number {
  const tenths = Number((x * 10).toPrecision(12));
  return (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
}

/** O*NET Importance (IM, 1-5) -> catalogue importance (1-5). */
export function importanceFromIm(im: number): number {
  return round1(im);
}

/** O*NET Level (LV, 0-7) -> catalogue level (0-4). */
export function levelFromLv(lv: number): number {
  return round1((lv * 4) / 7);
}
