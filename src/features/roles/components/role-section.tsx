import type { ReactNode } from 'react';

interface RoleSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** One titled section of a role page; the heading names the region for screen readers. */
export function RoleSection({ id, title, children }: RoleSectionProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} className="card role-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
