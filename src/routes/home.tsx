import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { roleCount as builtRoleCount } from 'virtual:catalogue-url';
import { catalogueQueryOptions } from '@/catalogue/api';
import { HomeHero } from '@/features/home/components/home-hero';
import { HowItWorks } from '@/features/home/components/how-it-works';
import { PrivacyNote } from '@/features/home/components/privacy-note';
import { hasSavedAnswers } from '@/shared/saved-answers';
import { SeedComparisons } from '@/features/home/components/seed-comparisons';
import { paths } from '@/shared/paths';
import '@/features/home/home.css';

/**
 * Home renders at once and needs neither the catalogue nor the answers store to do so: the role
 * count comes from the build (or the catalogue when it is already loaded), the seed comparisons
 * from their own small file, and whether there are answers from the store's saved copy
 * (shared/saved-answers.ts), so the store's module stays out of home's start-up.
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
      {/* The seed comparisons' prerendered pages. */}
      <SeedComparisons href={paths.comparePair.href} />
      <PrivacyNote />
    </div>
  );
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
