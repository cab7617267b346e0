import { useMemo } from 'react';
import type { Skill } from '@/catalogue/schema';
import { useCatalogueModel } from '@/catalogue/use-catalogue';
import type { GapAnalysis, GapItem } from '@/scoring';
import { formatLevel, formatLevelChange, heldLevel, requiredLevel } from '@/shared/format/level';
import { RateSkill } from '@/shared/ui/rate-skill';
import { formatWeeks } from '@/shared/format/effort';

/** The gap list by priority: one level to go first, then the foundations, each with the steps from your level. */
export function GapPlan({ gaps }: { gaps: GapAnalysis }) {
  const { skillById: skills, skillName } = useCatalogueModel();
  const groups = useMemo(
    () => [
      {
        key: 'quick',
        // Not "quick wins": a level still takes weeks; what sets these apart is the distance.
        title: 'One level to go',
        blurb:
          'One level short in skills the role leans on heavily. Each level still takes weeks of practice.',
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
      {skill && <LevelSteps skill={skill} item={item} />}
    </li>
  );
}

/**
 * The climb from the person's level to the required one, one step per level: "Level 2 → 3:
 * activity", the resource (a link when the catalogue has its address) and what shows you are
 * there. Skills without steps (older test catalogues) fall back to their level-blind tips.
 */
function LevelSteps({ skill, item }: { skill: Skill; item: GapItem }) {
  const target = requiredLevel(item.required);
  const start = Math.min(heldLevel(item.have), Math.max(0, target - 1));
  const steps = skill.steps?.slice(start, target) ?? [];
  if (steps.length === 0) {
    if (!skill.learning?.length) return null;
    return (
      <>
        <p className="gap-steps-title">Learning steps</p>
        <ul>
          {skill.learning.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <p className="gap-steps-title">
        {steps.length === 1 ? 'Your next step' : `Your ${steps.length} steps, one level at a time`}
      </p>
      <ol className="gap-steps">
        {steps.map((step) => (
          <li key={step.from} className="gap-step">
            <p>
              <strong>
                Level {step.from} → {step.to}:
              </strong>{' '}
              {step.activity}
            </p>
            <p>
              <span className="gap-step-label">Resource:</span>{' '}
              {step.resource.url ? (
                <a href={step.resource.url} rel="noreferrer">
                  {step.resource.name}
                </a>
              ) : (
                step.resource.name
              )}
            </p>
            <p>
              <span className="gap-step-label">You&apos;re there when:</span> {step.evidence}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
