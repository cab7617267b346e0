interface RolesCountProps {
  shown: number;
  total: number;
}

const roles = (n: number) => `${n} ${n === 1 ? 'role' : 'roles'}`;

/** Polite live region: screen readers hear the new count after each change to the search. */
export function RolesCount({ shown, total }: RolesCountProps) {
  const text =
    shown === total
      ? total === 1
        ? 'Showing the only role'
        : `Showing all ${roles(total)}`
      : shown === 0
        ? 'No roles match this search'
        : `Showing ${shown} of ${roles(total)}`;
  return (
    <p className="roles-count" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
