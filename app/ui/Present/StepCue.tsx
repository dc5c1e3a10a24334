/**
 * What comes next and what just happened, in words large enough for the back row: the
 * upcoming command shown before it runs, and the last step's changes (the store's event
 * sentences), marked with the same colour as the highlighted views.
 */
import { describeEvents, useAppStore, type TranscriptItem } from '../../store';
import { preview } from './scenario-units';

const MAX_SENTENCES = 4;

export function StepCue({
  next,
  last,
}: {
  next: string | undefined;
  last: TranscriptItem | undefined;
}) {
  const world = useAppStore((s) => s.snapshot?.world);
  const upcoming = preview(next);
  const said = last ? describeEvents(last.events, world) : [];
  const shown = said.slice(-MAX_SENTENCES);
  return (
    <section className="lc-present__cue" aria-label="Steps">
      <div className="lc-present__next" data-testid="present-next">
        <span className="lc-present__label">Next:</span>{' '}
        {upcoming ? (
          <>
            <code>{upcoming.first}</code>
            {upcoming.more > 0 && (
              <span className="lc-present__more">
                {' '}
                (+{upcoming.more} line{upcoming.more === 1 ? '' : 's'})
              </span>
            )}
          </>
        ) : (
          <span>the end of the scenario</span>
        )}
      </div>
      <div className="lc-present__changed" data-testid="present-changed">
        <span className="lc-present__label">Just changed:</span>{' '}
        {last ? (
          shown.length > 0 ? (
            <span>
              {said.length > shown.length && '… '}
              {shown.join(' · ')}
            </span>
          ) : (
            <span>
              <code>{last.input.split('\n')[0]}</code> ran; the images and containers are as they
              were
            </span>
          )
        ) : (
          <span>nothing yet: press → to run the first step</span>
        )}
      </div>
    </section>
  );
}
