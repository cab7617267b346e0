import { FIELD_LABELS, useAnswersStore } from '@/store/answers';

/** Tells the person what could not be read back from storage, so nothing disappears silently. */
export function ResetNotice() {
  const fields = useAnswersStore((s) => s.resetFields);
  const dismiss = useAnswersStore((s) => s.dismissResetNotice);
  if (fields.length === 0) return null;
  const items = fields.map((f) => FIELD_LABELS[f] ?? f);
  return (
    <div className="quiz-notice" role="status">
      <p>
        We reset {items.join(', ')} because the saved copy in this browser was unreadable.
        Everything else you saved is still here.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
