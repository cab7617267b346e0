interface ScoreMeterProps {
  /** 0 to 100. */
  value: number;
  /** What the number is, read out with it: "Data Analyst: 92% match". */
  label: string;
}

/**
 * A fit meter: a bar filled to the score, the same on every page that shows a role's match.
 * The number is always printed beside it, so the bar never carries meaning alone.
 */
export function ScoreMeter({ value, label }: ScoreMeterProps) {
  const now = Math.round(Math.min(100, Math.max(0, value)));
  return (
    <span
      className="score-meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={now}
      aria-valuetext={`${now}%`}
    >
      <span className="score-meter-fill" style={{ width: `${now}%` }} />
    </span>
  );
}
