import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Announces a page change to keyboard and screen-reader users: sets the document title and,
 * after an in-app navigation, moves focus to the page's h1 (give it tabIndex={-1}).
 * The first page of a visit keeps the browser's default focus, and search-param changes
 * (filters typed on the same page) never steal focus: only a new pathname does.
 */
export function usePageHeading<T extends HTMLElement = HTMLHeadingElement>(title: string) {
  const ref = useRef<T>(null);
  const { pathname, key } = useLocation();
  // The router gives the entry a visit starts on the key "default": no focus move there.
  const focusedFor = useRef<string | null>(key === 'default' ? pathname : null);

  useEffect(() => {
    document.title = `${title} — Pathfinder`;
  }, [title]);

  useEffect(() => {
    if (focusedFor.current === pathname) return;
    focusedFor.current = pathname;
    ref.current?.focus();
  }, [pathname]);

  return ref;
}
