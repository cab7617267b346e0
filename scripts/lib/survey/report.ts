/** Plain-text tables and the one-line headline for eval:survey's result. */
import { METHODS, type EvalResult, type Method } from './evaluate';
import type { Summary } from './metrics';

const LABEL: Record<Method, string> = {
  engine: 'engine (full profile)',
  quiz: 'quick quiz',
  popularity: 'baseline: popularity',
  random: 'baseline: random',
  skillCount: 'baseline: skill count',
};

const f = (x: number) => x.toFixed(2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const round = (x: number) => Math.round(x * 1000) / 1000;

function row(label: string, s: Summary, width: number): string {
  return `  ${label.padEnd(width)} ${String(s.n).padStart(6)}  ${f(s.top1)}  ${f(s.top3)}  ${f(s.top5)}  ${f(s.rr)}`;
}

function table(title: string, rows: [string, Summary][]): string[] {
  const width = Math.max(24, ...rows.map(([l]) => l.length));
  return [
    title,
    `  ${''.padEnd(width)}      n  top1  top3  top5   MRR`,
    ...rows.map(([l, s]) => row(l, s, width)),
  ];
}

export function formatReport(r: EvalResult): string {
  const out: string[] = [];
  out.push(
    `Respondents ${r.respondents}; evaluated ${r.evaluated} in ${r.titles.length} titles` +
      (r.emptyProfiles ? ` (${r.emptyProfiles} more left out: no mapped answer at all)` : '') +
      '.',
  );
  out.push('Skipped titles:');
  for (const s of r.skipped)
    out.push(`  ${s.title.padEnd(30)} ${String(s.n).padStart(6)}  ${s.reason}`);
  out.push('');
  for (const t of r.titles)
    out.push(
      ...table(
        `${t.title} (hits: ${t.hits.join(', ')})`,
        METHODS.map((m) => [LABEL[m], t.methods[m]] as [string, Summary]),
      ),
    );
  out.push('');
  out.push(
    ...table(
      'Macro (mean over titles)',
      METHODS.map((m) => [LABEL[m], r.macro[m]] as [string, Summary]),
    ),
  );
  out.push(
    ...table(
      'Micro (mean over people)',
      METHODS.map((m) => [LABEL[m], r.micro[m]] as [string, Summary]),
    ),
  );
  out.push('');
  const q = r.quizQuestions;
  out.push(
    `Quick quiz: questions asked median ${q.median}, p10 ${q.p10}, p90 ${q.p90}, max ${q.max}; ` +
      `answered median ${q.medianAnswered}, mean ${q.meanAnswered.toFixed(1)} (the rest skipped: the survey says nothing on them).`,
  );
  out.push(
    `Defining skills: ${r.defining.roles} roles mark some. People whose #1 role has a defining skill they answered 0 on: ` +
      `${r.defining.engine} (full profile), ${r.defining.quiz} (quick quiz).`,
  );
  out.push(
    r.belowRandom.length
      ? `FLAG: engine top-3 below the random baseline for: ${r.belowRandom.join(', ')}.`
      : 'No title has an engine top-3 below its random baseline.',
  );
  out.push('How often each role is #1 (share of evaluated people; full profile / quick quiz):');
  for (const t of r.topShare)
    out.push(`  ${t.roleId.padEnd(36)} ${pct(t.engine).padStart(6)}  ${pct(t.quiz).padStart(6)}`);
  out.push(
    `Never observed in the survey (unanswered for everyone): ${r.neverObserved.join(', ') || 'none'}.`,
  );
  out.push(`Roles no evaluated title counts as a hit: ${r.unclaimedRoles.join(', ') || 'none'}.`);
  for (const w of r.warnings) out.push(`WARNING: ${w}`);
  return out.join('\n');
}

/** The headline figures, rounded to 3 decimals, for the EVAL_SURVEY line. */
export function headline(r: EvalResult): Record<string, unknown> {
  const pick = (s: Summary) => ({
    top1: round(s.top1),
    top3: round(s.top3),
    top5: round(s.top5),
    mrr: round(s.rr),
  });
  return {
    evaluated: r.evaluated,
    titles: r.titles.length,
    macro: Object.fromEntries(METHODS.map((m) => [m, pick(r.macro[m])])),
    micro: Object.fromEntries(METHODS.map((m) => [m, pick(r.micro[m])])),
    definingLevel0: r.defining.engine,
    definingLevel0Quiz: r.defining.quiz,
    quizMedianQuestions: r.quizQuestions.median,
    quizMedianAnswered: r.quizQuestions.medianAnswered,
    belowRandom: r.belowRandom,
  };
}
