import { Link } from 'react-router';
import { paths } from '@/shared/paths';

export function HowScoringWorks() {
  return (
    <section className="card about-section" aria-labelledby="scoring-title">
      <h2 id="scoring-title">How scoring works</h2>
      <p>
        Each role lists the skills it relies on, with how important each one is (1 to 5) and the
        level the job expects (0 to 4), and marks the few it cannot do without. For every skill, you
        earn credit for the share of the expected level you have, capped at the expectation,
        weighted by importance. The weighted credit becomes a score from 0 to 100; what you are
        missing counts a little more in roles that list only a few skills. Strengths elsewhere never
        make up for a defining skill: a role&apos;s score can go no higher than your share of its
        weakest defining skill, and a defining skill rated 0 sets the role aside. A score of 100
        means nothing is missing; with anything unmet it stops at 99. Skills you have not rated are
        &ldquo;not rated yet&rdquo;: they add nothing, they are never called a gap, and the results
        say how much of each role you have answered and offer to rate the defining ones. Your work
        preferences (leading people or building, industries, how much preparation you will consider)
        add or remove a few visible points, always with the reason shown; they never change the
        skill score itself. The same numbers drive every{' '}
        <Link to={paths.results.href()}>explanation</Link>, gap plan and what-if view.
      </p>
    </section>
  );
}
