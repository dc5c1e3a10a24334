/**
 * Motion for the whole app: the `m` components with features loaded lazily (LazyMotion
 * strict, so a full `motion` component cannot slip into the first-load bundle), reduced
 * motion from the person's system setting, and durations scaled by the speed control.
 */
import { LazyMotion, MotionConfig } from 'motion/react';
import type { ReactNode } from 'react';
import { useAppStore } from '../../store';
import { afterFirstPaint } from '../../store/after-paint';
import { BASE_DURATION, scaledDuration } from './motion-speed';

// Nothing animates before the first paint, so the features are fetched after it.
const loadFeatures = () =>
  afterFirstPaint()
    .then(() => import('./motion-features'))
    .then((mod) => mod.default);

export function MotionRoot({ children }: { children: ReactNode }) {
  const speed = useAppStore((s) => s.speed);
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig
        reducedMotion="user"
        transition={{ duration: scaledDuration(BASE_DURATION, speed), ease: 'easeOut' }}
      >
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
