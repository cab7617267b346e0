import type { RoleFitData } from './use-role-fit';

/** The headline number, how sure it is, and the live before/after while a what-if is active. */
export function FitSummary({ fit }: { fit: RoleFitData }) {
  const { score, change } = fit;
  const value = Math.round(score.score);
  const delta = change ? Math.round(change.after) - Math.round(change.before) : 0;
  return (
    <div className="fit-summary card">
      <p className="fit-score">
        <span className="fit-score-value">{value}</span>
        <span className="fit-score-unit"> / 100 skill fit</span>
      </p>
      <p aria-live="polite" className="fit-change">
        {change
          ? `With your temporary changes: ${Math.round(change.before)} → ${Math.round(change.after)} (${delta >= 0 ? '+' : ''}${delta} points; rank ${change.rankBefore} → ${change.rankAfter}).`
          : ''}
      </p>
      <p className="muted">
        {score.met} met, {score.partial} partly met, {score.missing} missing.{' '}
        {score.confidence < 1 &&
          `Based on the ${Math.round(score.confidence * 100)}% of this role's skills (by weight) you have answered.`}
      </p>
    </div>
  );
}
