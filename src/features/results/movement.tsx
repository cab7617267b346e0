/** Rank change caused by temporary what-if levels: an arrow for the eye, words for screen readers. */
export function Movement({ places }: { places: number }) {
  if (places === 0) return null;
  const up = places > 0;
  const n = Math.abs(places);
  return (
    <span className={up ? 'movement up' : 'movement down'}>
      <span aria-hidden="true">
        {up ? '▲' : '▼'} {n}
      </span>
      <span className="visually-hidden">
        {up ? 'Up' : 'Down'} {n} {n === 1 ? 'place' : 'places'} with your temporary changes
      </span>
    </span>
  );
}
