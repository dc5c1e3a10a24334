/**
 * Volumes: their own shapes beside the containers, because they live outside any
 * container. Each says who mounts it and where; it stays when those containers go.
 */
import { AnimatePresence, m, useReducedMotion } from 'motion/react';
import { humanBytes } from '../../engine/build/human-bytes';
import { layerSize } from '../../engine/fs/stats';
import type { Container } from '../../engine/host/containers';
import type { Volume } from '../../engine/host/containers';
import './VolumeShelf.css';

interface Props {
  volumes: readonly Volume[];
  containers: readonly Container[];
}

export function VolumeShelf({ volumes, containers }: Props) {
  // Reduced motion: a volume fades in and out at its own size.
  const still = useReducedMotion() ?? false;
  if (volumes.length === 0) return null;
  return (
    <div className="lc-volumes">
      <h3 className="lc-volumes__title">Volumes</h3>
      <p className="lc-volumes__caption">
        Stored outside every container: removing a container keeps them.
      </p>
      <ul role="list" aria-label="Volumes" className="lc-volumes__list">
        <AnimatePresence initial={false}>
          {volumes.map((v) => {
            const users = containers.flatMap((c) =>
              c.mounts
                .filter((mnt) => mnt.type === 'volume' && mnt.source === v.name)
                .map((mnt) => `${c.name} at ${mnt.destination}`),
            );
            return (
              <m.li
                key={v.name}
                className="lc-volume"
                data-volume={v.name}
                initial={still ? { opacity: 0 } : { opacity: 0, scale: 0.9 }}
                animate={still ? { opacity: 1 } : { opacity: 1, scale: 1 }}
                exit={still ? { opacity: 0 } : { opacity: 0, scale: 0.9 }}
              >
                <span className="lc-volume__shape" aria-hidden="true" />
                <span className="lc-volume__text">
                  <strong>{v.anonymous ? v.name.slice(0, 12) : v.name}</strong>{' '}
                  <span className="lc-volume__size">{humanBytes(layerSize(v.tree))}</span>
                  <span className="lc-volume__users">
                    {users.length ? `mounted by ${users.join(', ')}` : 'not mounted'}
                  </span>
                </span>
              </m.li>
            );
          })}
        </AnimatePresence>
      </ul>
    </div>
  );
}
