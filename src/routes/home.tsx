import { useCatalogueModel } from '@/catalogue/use-catalogue';
import { HomeHero } from '@/features/home/components/home-hero';
import { HowItWorks } from '@/features/home/components/how-it-works';
import { PrivacyNote } from '@/features/home/components/privacy-note';
import { SeedComparisons } from '@/features/home/components/seed-comparisons';
import { useHasAnswers } from '@/store/answers';
import '@/features/home/home.css';

export function Component() {
  const { catalogue } = useCatalogueModel();
  const hasAnswers = useHasAnswers();
  return (
    <div className="page home-page">
      <HomeHero hasAnswers={hasAnswers} roleCount={catalogue.roles.length} />
      <HowItWorks />
      <SeedComparisons />
      <PrivacyNote />
    </div>
  );
}
