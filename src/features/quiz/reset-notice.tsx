import { useRef } from 'react';
import { FIELD_LABELS, useAnswersStore } from '@/store/answers';

/** Tells the person what could not be read back from storage, so nothing disappears silently. */
export function ResetNotice() {
  const fields = useAnswersStore((s) => s.resetFields);
  const dismissResetNotice = useAnswersStore((s) => s.dismissResetNotice);
  const ref = useRef<HTMLDivElement>(null);
  if (fields.length === 0) return null;
  const dismiss = () => {
    // The notice (and its button) disappears: hand keyboard focus to the page's h1 above it.
    ref.current?.closest('section')?.querySelector<HTMLElement>('h1')?.focus();
    dismissResetNotice();
  };
  const items = fields.map((f) => FIELD_LABELS[f] ?? f);
  return (
    <div ref={ref} className="quiz-notice" role="status">
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
