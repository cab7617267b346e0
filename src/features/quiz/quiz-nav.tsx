interface QuizNavProps {
  onBack?: (() => void) | undefined;
  onSkip?: (() => void) | undefined;
  skipLabel?: string;
  nextLabel?: string;
}

/** Back, Skip and Next for a step. Next submits the step's form, so Enter works too. */
export function QuizNav({ onBack, onSkip, skipLabel = 'Skip', nextLabel = 'Next' }: QuizNavProps) {
  return (
    <div className="actions quiz-nav">
      {onBack && (
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
      )}
      {onSkip && (
        <button type="button" className="button" onClick={onSkip}>
          {skipLabel}
        </button>
      )}
      <button type="submit" className="button primary">
        {nextLabel}
      </button>
    </div>
  );
}
