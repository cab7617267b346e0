import { PageHeading } from '@/shared/ui/page-heading';
import { DataSources } from '@/features/about/components/data-sources';
import { HowScoringWorks } from '@/features/about/components/how-scoring-works';
import { HowWellItWorks } from '@/features/about/components/how-well-it-works';
import { PrivacySection } from '@/features/about/components/privacy-section';
import '@/features/about/about.css';

export function Component() {
  return (
    <div className="page about-page">
      <PageHeading title="About">About Pathfinder</PageHeading>
      <p className="lead">
        Pathfinder is a career-path recommender for data and AI jobs. It compares your own rating of
        your skills with what each role asks for, explains every score, and shows what to learn
        next. This page explains how the scores are made and where the facts come from.
      </p>
      <div className="about-sections">
        <HowScoringWorks />
        <HowWellItWorks />
        <DataSources />
        <PrivacySection />
      </div>
    </div>
  );
}
