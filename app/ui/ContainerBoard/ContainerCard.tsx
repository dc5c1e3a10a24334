/**
 * One container: region named by the container's name, with its status, its writable
 * layer, the volumes it mounts, and buttons that run the docker command they stand for
 * in the terminal (Exec attaches the terminal to a shell inside it). When the container
 * is removed, its writable layer falls away; the image below stays.
 */
import { m, useReducedMotion } from 'motion/react';
import { memo } from 'react';
import type { Container } from '../../engine/host/containers';
import { containerCommand, isUp, type WritableChange } from './container-model';
import { WritableLayer } from './WritableLayer';
import './ContainerCard.css';

interface Props {
  container: Container;
  changes: readonly WritableChange[];
  baseLayers: number;
  arriving: ReadonlySet<string>;
  flightSeconds: number;
  selected: boolean;
  /** Queued for removal: drawn, but its buttons do nothing any more. */
  leaving: boolean;
  run: (command: string, then?: () => void) => void;
  onExec: () => void;
  /** The person selects (or unselects) this container by its name. */
  onSelect: (id: string) => void;
}

/** As `docker ps` words it: health shows only while the container runs. */
function statusText(c: Container): string {
  if (c.status === 'exited') return `exited (${c.exitCode})`;
  if (c.status === 'running' && c.health)
    return `running (${c.health.status === 'starting' ? 'health: starting' : c.health.status})`;
  return c.status;
}

/**
 * Variant labels, so that the card's exit reaches its writable layer too. A new card appears
 * where it stands, at once (in every motion setting): its arrival teaches nothing by moving,
 * a drop-in by transform cost a layout and a transform animation group per `docker run`, and
 * a fade-in ended by writing its final opacity, one more main-thread frame per run under a
 * 4x CPU throttle (npm run bench:ui). Leaving, it fades after its writable layer drops.
 */
const cardVariants = {
  shown: { opacity: 1 },
  gone: { opacity: 0, transition: { delay: 0.35 } },
};
/** The writable layer drops off the image and fades: only transform and opacity move. */
const layerVariants = {
  shown: { y: 0, rotate: 0, opacity: 1 },
  gone: { y: 70, rotate: 7, opacity: 0 },
};
/** Reduced motion: the writable layer fades where it stands, in and out. */
const stillLayerVariants = {
  shown: { opacity: 1 },
  gone: { opacity: 0 },
};

/**
 * Memoised: a docker run or a played change redraws only the cards whose data changed (the
 * board's callbacks are stable).
 */
export const ContainerCard = memo(function ContainerCard(props: Props) {
  const { container: c, changes, selected, leaving, run } = props;
  const up = isUp(c);
  const still = useReducedMotion() ?? false;
  const volumes = c.mounts.filter((mnt) => mnt.type !== 'bind');
  const binds = c.mounts.filter((mnt) => mnt.type === 'bind');
  const act = (action: Parameters<typeof containerCommand>[0]) => () => {
    if (!leaving) run(containerCommand(action, c));
  };
  return (
    <m.section
      aria-label={c.name}
      className={`lc-card lc-card--${c.status}${selected ? ' is-selected' : ''}`}
      data-container={c.id}
      initial={false}
      animate="shown"
      exit="gone"
      variants={cardVariants}
    >
      <header className="lc-card__head">
        <h3 className="lc-card__name">
          <button
            type="button"
            className="lc-card__select"
            aria-pressed={selected}
            title="Select to compare or inspect"
            onClick={() => props.onSelect(c.id)}
          >
            {c.name}
          </button>
        </h3>
        <span className={`lc-status lc-status--${c.status}`}>
          <span className="lc-status__dot" aria-hidden="true" />
          {statusText(c)}
        </span>
      </header>
      <div className="lc-card__actions" role="group" aria-label={`Actions for ${c.name}`}>
        <button
          type="button"
          className="lc-button lc-button--small"
          aria-label={`Exec ${c.name}`}
          title={containerCommand('exec', c)}
          disabled={c.status !== 'running'}
          onClick={() => {
            if (!leaving) run(containerCommand('exec', c), props.onExec);
          }}
        >
          Exec
        </button>
        {c.status === 'paused' ? (
          <button
            type="button"
            className="lc-button lc-button--small"
            aria-label={`Unpause ${c.name}`}
            title={containerCommand('unpause', c)}
            onClick={act('unpause')}
          >
            Unpause
          </button>
        ) : up ? (
          <button
            type="button"
            className="lc-button lc-button--small"
            aria-label={`Stop ${c.name}`}
            title={containerCommand('stop', c)}
            onClick={act('stop')}
          >
            Stop
          </button>
        ) : (
          <button
            type="button"
            className="lc-button lc-button--small"
            aria-label={`Start ${c.name}`}
            title={containerCommand('start', c)}
            onClick={act('start')}
          >
            Start
          </button>
        )}
        <button
          type="button"
          className="lc-button lc-button--small"
          aria-label={`Restart ${c.name}`}
          title={containerCommand('restart', c)}
          onClick={act('restart')}
        >
          Restart
        </button>
        <button
          type="button"
          className="lc-button lc-button--small lc-button--danger"
          aria-label={`Remove ${c.name}`}
          title={containerCommand('remove', c)}
          onClick={act('remove')}
        >
          Remove
        </button>
      </div>
      {/* Drawn where it stands from the first frame (it only moves when the card leaves):
          animating in to where it already is would restyle it a frame later, for nothing. */}
      <m.div
        variants={still ? stillLayerVariants : layerVariants}
        initial={false}
        className="lc-card__layer"
      >
        <WritableLayer
          name={c.name}
          containerId={c.id}
          changes={changes}
          baseLayers={props.baseLayers}
          arriving={props.arriving}
          flightSeconds={props.flightSeconds}
        />
      </m.div>
      {(volumes.length > 0 || binds.length > 0) && (
        <ul className="lc-card__mounts" aria-label={`Mounts of ${c.name}`}>
          {volumes.map((mnt) => (
            <li
              key={mnt.destination}
              className="lc-mount lc-mount--volume"
              data-volume={mnt.source}
            >
              <span className="lc-mount__shape" aria-hidden="true" />
              volume <strong>{mnt.anonymous ? mnt.source.slice(0, 12) : mnt.source}</strong> at{' '}
              <code>{mnt.destination}</code>
            </li>
          ))}
          {binds.map((mnt) => (
            <li key={mnt.destination} className="lc-mount lc-mount--bind">
              bind <code>{mnt.source}</code> at <code>{mnt.destination}</code>
            </li>
          ))}
        </ul>
      )}
    </m.section>
  );
});
