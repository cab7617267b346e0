/**
 * "How well does it work?": the real-people check (npm run eval:survey, docs/validation.md) in
 * plain words, with its baselines and its limits. The figures are aggregates from our own run on
 * the Kaggle 2021 survey (44 roles, 52 skills; docs/validation.md "After the domain skills"); no
 * survey data ships with the app.
 */
import { useId } from 'react';
import { TableRegion } from '@/shared/ui/table-region';

const FIGURES = [
  { method: 'Pathfinder, every answer the survey gives', top3: 0.284, mrr: 0.26 },
  { method: 'Pathfinder after the quick quiz (20 questions at most)', top3: 0.252, mrr: 0.245 },
  { method: 'Counting the key skills a person holds', top3: 0.268, mrr: 0.252 },
  { method: 'The same order for everyone, most common jobs first', top3: 0.273, mrr: 0.311 },
  { method: 'A random order', top3: 0.136, mrr: 0.156 },
] as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function HowWellItWorks() {
  const captionId = useId();
  return (
    <section className="card about-section" aria-labelledby="validation-title">
      <h2 id="validation-title">How well does it work?</h2>
      <p>
        We check the ranking against real people. The Kaggle Machine Learning &amp; Data Science
        Survey 2021 asked about 26,000 people for their job title, the languages, tools and methods
        they use, and what they do at work. We turned each person&apos;s answers (never their title)
        into Pathfinder answers with a cautious mapping written before any tuning, ranked every role
        as the results page does, and looked at where the role matching their title landed. 14,691
        people with one of 11 job titles took part; students, people not working and
        &ldquo;Other&rdquo; were left out.
      </p>
      <TableRegion labelledBy={captionId}>
        <table className="about-table">
          <caption id={captionId}>
            Averaged over the 11 job titles (each title counts once): how often the person&apos;s
            own role is in the top 3, and the mean reciprocal rank (1 when it is first, 0.5 when
            second)
          </caption>
          <thead>
            <tr>
              <th scope="col">Ranking</th>
              <th scope="col">Own role in the top 3</th>
              <th scope="col">Mean reciprocal rank</th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((f) => (
              <tr key={f.method}>
                <th scope="row">{f.method}</th>
                <td>{pct(f.top3)}</td>
                <td>{f.mrr.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p>
        In plain words: for data scientists (86% in the top 3) and machine learning engineers (80%)
        the ranking usually puts the right role near the top. For analysts (38%), statisticians
        (35%), software engineers (34%) and data engineers (19%) it does so a third of the time or
        less, and for research scientists, database administrators, business analysts and product or
        project managers it rarely does: no better than chance, and simple skill counting does
        better for research scientists and data engineers. Overall it beats skill counting and the
        most-common-jobs order on the top 3, but not yet that order&apos;s mean rank, which knows
        how common each job is. We are not yet where we want to be, and we say so. One promise does
        hold for everyone: nobody who rated a role&apos;s defining skill at 0 got that role first.
      </p>
      <p>
        The limits are real. Titles are self-reported and broad (&ldquo;Research Scientist&rdquo;
        includes physicists and biologists). The survey asks nothing about governance, privacy,
        people management, communication or stakeholder work, so roles built on those skills cannot
        be recognised from it, and its tool lists never show the top level of a skill. The figures
        come from our own run on 30 November 2026; the method and every mapping are in the
        project&apos;s docs/validation.md.
      </p>
    </section>
  );
}
