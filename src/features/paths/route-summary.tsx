import { formatWeeks } from '@/shared/format/effort';
import type { CareerPath } from '@/scoring';

interface Props {
  path: CareerPath;
  startLabel: string;
  target: string;
}

/**
 * The route in one or two sentences: its learning against going straight, and why a route with
 * stops can be the better choice even with more weeks of learning (see LEAP_WEEKS in scoring).
 */
export function RouteSummary({ path, startLabel, target }: Props) {
  const weeks = Math.round(path.totalWeeks);
  const direct = Math.round(path.directWeeks);
  if (path.steps.length === 1)
    return (
      <p className="paths-total">
        {weeks === 0 ? (
          <>
            Going straight is the easiest route: {target} asks for no skill beyond what{' '}
            {startLabel === 'your answers' ? 'your answers show' : `${startLabel} needs`}.
          </>
        ) : (
          <>
            Going straight is the easiest route: about <strong>{formatWeeks(weeks)}</strong> of
            learning from {startLabel}. No role on the way would make the leap easier.
          </>
        )}
      </p>
    );
  const extra = weeks - direct;
  const harder =
    path.directCost !== undefined ? Math.round((path.directCost / path.totalCost - 1) * 100) : 0;
  return (
    <>
      <p className="paths-total">
        From {startLabel}: {path.steps.length} steps, about <strong>{formatWeeks(weeks)}</strong> of
        learning in all. Going straight to {target} would take about {formatWeeks(direct)}.
      </p>
      <p>
        {extra > 0
          ? `The route asks for about ${formatWeeks(extra)} more learning, but each stop is a role you could hold, so you practise on the job before the next leap.`
          : 'The route asks for no more learning than going straight, and each stop is a role you could hold, so you practise on the job before the next leap.'}{' '}
        One long leap with no job in between is harder than its weeks suggest: counting that, going
        straight is {harder > 0 ? `about ${harder}%` : 'slightly'} harder than this route.
      </p>
    </>
  );
}
