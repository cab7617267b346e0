import { Link } from 'react-router';
import { paths } from '@/shared/paths';

export function HowScoringWorks() {
  return (
    <section className="card about-section" aria-labelledby="scoring-title">
      <h2 id="scoring-title">How scoring works</h2>
      <p>
        Each role lists the skills it relies on, with how important each one is (1 to 5) and the
        level the job expects (0 to 4). For every skill, you earn credit for the share of the
        expected level you have, capped at the expectation, weighted by importance: being an expert
        in a minor skill cannot make up for missing an essential one. The weighted credit becomes a
        score from 0 to 100. Meeting every skill a role lists scores 100; below that, what you are
        missing counts a little more in roles that list only a few skills, so meeting part of a
        short list cannot outrank meeting the same share of a long one. Skills you have not rated
        count as not yet learned, and the results say how much of each role you have answered. Your
        work preferences (leading people or building, industries, how much preparation you will
        consider) add or remove a few visible points, always with the reason shown; they never
        change the skill score itself. The same numbers drive every{' '}
        <Link to={paths.results.href()}>explanation</Link>, gap plan and what-if view.
      </p>
    </section>
  );
}
