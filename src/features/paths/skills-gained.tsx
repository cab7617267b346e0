import { formatLevelChange } from '@/shared/format/level';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { PathEdge } from '@/scoring';

/** The skills a step asks you to learn, biggest jump first, in whole levels. */
export function SkillsGained({
  skills,
  limit,
}: {
  skills: PathEdge['skillsGained'];
  limit?: number;
}) {
  const { skillName } = useCatalogueModel();
  const sorted = [...skills].sort((a, b) => b.to - b.from - (a.to - a.from));
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  if (shown.length === 0) return <p className="muted">No new skills needed.</p>;
  return (
    <ul className="skills-gained">
      {shown.map((s) => (
        <li key={s.skillId}>
          <strong>{skillName(s.skillId)}</strong>: {formatLevelChange(s.from, s.to)}
        </li>
      ))}
      {shown.length < sorted.length && (
        <li className="muted">and {sorted.length - shown.length} more</li>
      )}
    </ul>
  );
}
