import type { ReactNode } from 'react';
import { usePageHeading } from '@/shared/hooks/use-page-heading';

interface PageHeadingProps {
  /** Plain-text title for the browser tab; defaults to the heading when it is a string. */
  title?: string;
  children: ReactNode;
  id?: string;
  className?: string;
}

/** The page's h1: receives focus after each navigation (see usePageHeading). */
export function PageHeading({ title, children, id, className }: PageHeadingProps) {
  const ref = usePageHeading(title ?? (typeof children === 'string' ? children : 'Pathfinder'));
  return (
    <h1 ref={ref} tabIndex={-1} id={id} className={className}>
      {children}
    </h1>
  );
}
