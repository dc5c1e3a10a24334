/** The goal's criteria, each with its state: all shown, none hidden. */
import type { GoalResult } from '../../lessons/types';

export function GoalChecklist({ goal, headingId }: { goal: GoalResult; headingId: string }) {
  const done = goal.checks.filter((c) => c.met).length;
  return (
    <>
      <p className="lc-lesson__count">
        {done} of {goal.checks.length} done
      </p>
      <ul className="lc-lesson__checks" aria-labelledby={headingId}>
        {goal.checks.map((check) => (
          <li key={check.label} className={check.met ? 'is-met' : undefined}>
            <span className="lc-lesson__mark" aria-hidden="true">
              {check.met ? '✓' : '○'}
            </span>
            <span className="lc-visually-hidden">{check.met ? 'Done: ' : 'Not yet: '}</span>
            {check.label}
          </li>
        ))}
      </ul>
    </>
  );
}
