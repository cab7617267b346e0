const SECTIONS = [
  ['overview', 'What the role is'],
  ['responsibilities', 'What you would do'],
  ['skills', 'Skills'],
  ['education', 'Education'],
  ['tools', 'Tools'],
  ['industries', 'Industries'],
  ['outlook', 'Outlook'],
  ['salary', 'Pay'],
  ['getting-started', 'Getting started'],
  ['related', 'Related roles'],
  ['onet', 'O*NET codes'],
] as const;

/** In-page links to the sections of a long role page. */
export function RoleContents({ hide, showFit }: { hide: ReadonlySet<string>; showFit: boolean }) {
  return (
    <nav className="role-contents" aria-label="On this page">
      <ul>
        {showFit && (
          <li>
            {/* RoleFit's heading id (src/features/fit/role-fit.tsx). */}
            <a href="#role-fit-title">How you fit</a>
          </li>
        )}
        {SECTIONS.filter(([id]) => !hide.has(id)).map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
