import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { roleCount as builtRoleCount } from 'virtual:catalogue-url';
import { catalogueQueryOptions } from '@/catalogue/api';
import { HomeHero } from '@/features/home/components/home-hero';
import { HowItWorks } from '@/features/home/components/how-it-works';
import { PrivacyNote } from '@/features/home/components/privacy-note';
import { SeedComparisons } from '@/features/home/components/seed-comparisons';
import { paths } from '@/shared/paths';
import '@/features/home/home.css';

/**
 * Home renders at once and needs neither the catalogue nor the answers store to do so: the role
 * count comes from the build (or the catalogue when it is already loaded), the seed comparisons
 * from their own small file, and whether there are answers from the store once it has loaded
 * after the page (the store brings the zod validator it checks stored answers with).
 */
export function Component() {
  const hasAnswers = useHasStoredAnswers();
  const cached = useQueryClient().getQueryData(catalogueQueryOptions().queryKey);
  return (
    <div className="page home-page">
      <HomeHero
        hasAnswers={hasAnswers}
        roleCount={cached?.catalogue.roles.length ?? builtRoleCount}
      />
      <HowItWorks />
      {/* The query-form address for now: tests/e2e/foundation.spec.ts (another team's) expects it;
          comparePair.href would link the prerendered /compare/:a/:b pages instead. */}
      <SeedComparisons href={paths.compare.href} />
      <PrivacyNote />
    </div>
  );
}

/** The answers store's localStorage key (STORAGE_KEY in src/store/answers.ts; a test holds them equal). */
export const ANSWERS_STORAGE_KEY = 'pathfinder:answers';

/**
 * Whether this browser holds answers, read from what the answers store saved ({ state: { answers
 * } }; tests/features/home/home-page.test.tsx writes through the real store). Home reads the saved
 * copy rather than loading the store, whose module brings the zod validator it sanitises stored
 * answers with; the pages that use the answers load it.
 */
export function hasSavedAnswers(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    const saved = JSON.parse(storage.getItem(ANSWERS_STORAGE_KEY) ?? 'null') as {
      state?: { answers?: unknown };
    } | null;
    const answers = saved?.state?.answers;
    return typeof answers === 'object' && answers !== null && Object.keys(answers).length > 0;
  } catch {
    return false;
  }
}

const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
};

/**
 * Whether the person has saved answers. Reads "no" while hydrating, as the prerendered page
 * does, then the saved copy; another tab's changes arrive through the storage event.
 */
function useHasStoredAnswers(): boolean {
  return useSyncExternalStore(
    subscribeToStorage,
    () => hasSavedAnswers(),
    () => false,
  );
}
