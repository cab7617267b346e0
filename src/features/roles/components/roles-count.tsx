interface RolesCountProps {
  shown: number;
  total: number;
}

/** Polite live region: screen readers hear the new count after each change to the search. */
export function RolesCount({ shown, total }: RolesCountProps) {
  const text =
    shown === total
      ? `Showing all ${total} roles`
      : shown === 0
        ? 'No roles match this search'
        : `Showing ${shown} of ${total} ${total === 1 ? 'role' : 'roles'}`;
  return (
    <p className="roles-count" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
