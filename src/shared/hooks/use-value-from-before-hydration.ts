import { useEffect, useEffectEvent, useRef } from 'react';

type Control = HTMLInputElement | HTMLSelectElement;

/** The option a select shows when nobody has touched it: its last `selected` one, else the first. */
function defaultOption(select: HTMLSelectElement): HTMLOptionElement | undefined {
  const options = [...select.options];
  return options.findLast((o) => o.defaultSelected) ?? options.find((o) => !o.disabled);
}

/**
 * The value a person gave a control of a prerendered page before its code arrived, or undefined.
 * The browser keeps what was typed or picked, and so does React when it hydrates, but React never
 * hears of the change. Such a control no longer shows its markup's default, and shows something
 * other than the value React rendered (after a client render the control always shows that).
 */
export function valueFromBeforeHydration(control: Control, rendered: string): string | undefined {
  const changed =
    control instanceof HTMLSelectElement
      ? control.selectedOptions[0] !== defaultOption(control)
      : control.value !== control.defaultValue;
  return changed && control.value !== rendered ? control.value : undefined;
}

/**
 * A ref for a control on a prerendered page, rendered with `rendered`: once the control has
 * hydrated, a value the person gave it before then goes to `onValue`, as if they had just made the
 * change. (Issue 11: a prerendered page's code loads after its first paint, so there is time to
 * type into the search box first.)
 */
export function useValueFromBeforeHydration<T extends Control>(
  rendered: string,
  onValue: (value: string) => void,
) {
  const ref = useRef<T>(null);
  const check = useEffectEvent(() => {
    const value = ref.current ? valueFromBeforeHydration(ref.current, rendered) : undefined;
    if (value !== undefined) onValue(value);
  });
  useEffect(() => check(), []);
  return ref;
}
