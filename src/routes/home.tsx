import { useQueryClient } from '@tanstack/react-query';
import { Component as ReactComponent, Suspense, type ReactNode } from 'react';
import { roleCount as builtRoleCount } from 'virtual:catalogue-url';
import { catalogueQueryOptions } from '@/catalogue/api';
import { HomeHero } from '@/features/home/components/home-hero';
import { HowItWorks } from '@/features/home/components/how-it-works';
import { PrivacyNote } from '@/features/home/components/privacy-note';
import { SeedComparisons } from '@/features/home/components/seed-comparisons';
import { useAnswersStore } from '@/store/answers';
import '@/features/home/home.css';

/**
 * Home renders at once: the role count comes from the build (or the catalogue when it is already
 * loaded), and only the seed comparisons wait for the catalogue, in their own boundary.
 */
export function Component() {
  // The stored answers as they are: useHasAnswers() would wait for the catalogue to filter them.
  const hasAnswers = useAnswersStore((s) => Object.keys(s.answers).length > 0);
  const cached = useQueryClient().getQueryData(catalogueQueryOptions().queryKey);
  return (
    <div className="page home-page">
      <HomeHero
        hasAnswers={hasAnswers}
        roleCount={cached?.catalogue.roles.length ?? builtRoleCount}
      />
      <HowItWorks />
      <Optional>
        <SeedComparisons />
      </Optional>
      <PrivacyNote />
    </div>
  );
}

/** Shows its children once the catalogue is there; nothing while it loads or if it fails. */
function Optional({ children }: { children: ReactNode }) {
  return (
    <QuietBoundary>
      <Suspense fallback={null}>{children}</Suspense>
    </QuietBoundary>
  );
}

/** Home stays usable when the catalogue fails: the pages that need it say so with a retry. */
class QuietBoundary extends ReactComponent<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}
