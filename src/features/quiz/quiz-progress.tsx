interface QuizProgressProps {
  value: number;
  max: number;
  /** What the numbers mean, read by screen readers instead of a bare percentage. */
  text: string;
}

/** A labelled progress bar with its values exposed to assistive technology. */
export function QuizProgress({ value, max, text }: QuizProgressProps) {
  const safeMax = Math.max(1, max);
  const now = Math.min(Math.max(0, value), safeMax);
  return (
    <div className="quiz-progress">
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={now}
        aria-valuetext={text}
        className="quiz-progress-track"
      >
        <div className="quiz-progress-fill" style={{ width: `${(now / safeMax) * 100}%` }} />
      </div>
      <p className="quiz-progress-text muted">{text}</p>
    </div>
  );
}
