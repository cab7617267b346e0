import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element (a step's heading, tabIndex={-1}) when the step first shows and
 * whenever `stepKey` changes, so keyboard and screen-reader users land on the new question.
 * Steps only appear after the person starts or resumes, so this never fights the page's
 * own focus on arrival.
 */
export function useStepFocus<T extends HTMLElement = HTMLHeadingElement>(stepKey: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [stepKey]);
  return ref;
}
