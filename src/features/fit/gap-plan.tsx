import { useMemo } from 'react';
import type { Skill } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { GapAnalysis, GapItem } from '@/scoring';
import { formatLevel, formatLevelChange, requiredLevel } from '@/shared/format/level';
import { RateSkill } from '@/shared/ui/rate-skill';
import { formatWeeks } from '@/shared/format/effort';

/** The gap list by priority: quick wins first, then the foundations, each with learning steps. */
export function GapPlan({ gaps }: { gaps: GapAnalysis }) {
  const { skillById: skills, skillName } = useCatalogueModel();
  const groups = useMemo(
    () => [
      {
        key: 'quick',
        title: 'Quick wins',
        blurb: 'Gaps of a level or less in skills the role leans on heavily.',
        items: byPriority(gaps.quickWins),
      },
      {
        key: 'foundation',
        title: 'Foundations',
        blurb: 'Larger gaps, or skills the role uses less: steady practice over weeks or months.',
        items: byPriority(gaps.foundations),
      },
    ],
    [gaps],
  );

  // gapAnalysis sorts by priority: score points gained per week of effort.
  const first = gaps.items[0];
  const best = first && skillName(first.skillId);

  const unrated = <UnratedSkills gaps={gaps} />;
  if (gaps.items.length === 0) {
    return gaps.unrated.length === 0 ? (
      <p>You already meet every skill requirement of this role. Nothing to close.</p>
    ) : (
      <>
        <p>No gap among the skills you rated. Rate the rest to see your whole plan.</p>
        {unrated}
      </>
    );
  }
  return (
    <>
      <p>
        {gaps.items.length} {gaps.items.length === 1 ? 'skill is' : 'skills are'} below what the
        role needs. Closing them all would take roughly {gaps.effortWeeks.low} to{' '}
        {formatWeeks(gaps.effortWeeks.high)} of part-time learning (a rough guide, not a promise).
        {best && (
          <>
            {' '}
            For each week of learning, <strong>{best}</strong> would raise your fit the most.
          </>
        )}
      </p>
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <section key={group.key} className="gap-group" aria-label={group.title}>
              <h4>{group.title}</h4>
              <p className="muted">{group.blurb}</p>
              <ol className="gap-list">
                {group.items.map((item) => (
                  <GapEntry key={item.skillId} item={item} skill={skills.get(item.skillId)} />
                ))}
              </ol>
            </section>
          ),
      )}
      {unrated}
    </>
  );
}

/**
 * Requirements not rated yet: never a plan step (nobody knows yet whether there is a gap), but
 * listed so the plan is honest about what it leaves out, defining ones rateable in place.
 */
function UnratedSkills({ gaps }: { gaps: GapAnalysis }) {
  const { skillName } = useCatalogueModel();
  if (gaps.unrated.length === 0) return null;
  return (
    <section className="gap-group" aria-label="Not rated yet">
      <h4>Not rated yet</h4>
      <p className="muted">
        The plan leaves these out until you rate them. Rating one updates your fit and this plan at
        once.
      </p>
      <ul className="gap-unrated">
        {gaps.unrated.map((u) => (
          <li key={u.skillId}>
            <strong>{skillName(u.skillId)}</strong>: needs {formatLevel(u.required, 'required')}
            {u.defining ? ' (a skill this role cannot do without)' : ''}.{' '}
            {u.defining && <RateSkill skillId={u.skillId} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function byPriority(items: readonly GapItem[]): GapItem[] {
  return [...items].sort((a, b) => b.priority - a.priority);
}

function GapEntry({ item, skill }: { item: GapItem; skill: Skill | undefined }) {
  const target = skill?.levels[requiredLevel(item.required)];
  return (
    <li className="gap-item card">
      <h5>{skill?.name ?? item.skillId}</h5>
      <p className="gap-meta">
        {formatLevelChange(item.have, item.required)} · about {formatWeeks(item.effortWeeks)} ·
        importance {item.importance} of 5
      </p>
      {target && <p className="muted">At that level you can: {target.anchor}</p>}
      {skill?.learning && skill.learning.length > 0 && (
        <>
          <p className="gap-steps-title">Learning steps</p>
          <ul>
            {skill.learning.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
