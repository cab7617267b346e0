/** Says which role ids in the address the catalogue does not have; nothing when all are known. */
export function UnknownRolesNotice({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <p className="notice" role="alert">
      {ids.length === 1
        ? `There is no role with the id “${ids[0]}”.`
        : `There are no roles with the ids “${ids.join('” and “')}”.`}{' '}
      Choose from the lists above.
    </p>
  );
}
