/**
 * The regions the image and container views fill. Their accessible names are the contract
 * in DESIGN.md ("Image layers", "Merged filesystem", "Containers"); the views (LayerStack
 * and its neighbours, ContainerBoard) are loaded after first paint, with the engine they draw.
 */
import { lazy, Suspense } from 'react';
import { afterFirstPaint } from '../../store/after-paint';

/** The image views (LayerStack and its neighbours), loaded after first paint with the engine. */
const ImagePanel = lazy(() =>
  afterFirstPaint()
    .then(() => import('../LayerStack/ImagePanel'))
    .then((mod) => ({ default: mod.ImagePanel })),
);

export function ImageArea() {
  return (
    <Suspense fallback={<p className="lc-hint">Loading the image views…</p>}>
      <ImagePanel />
    </Suspense>
  );
}

/** The container board, loaded after first paint like the image views. */
const ContainerBoard = lazy(() =>
  afterFirstPaint()
    .then(() => import('../ContainerBoard/ContainerBoard'))
    .then((mod) => ({ default: mod.ContainerBoard })),
);

export function ContainersArea() {
  return (
    <div className="lc-bound">
      <div className="lc-containers lc-bound__box">
        <Suspense fallback={<p className="lc-hint">Loading the containers…</p>}>
          <ContainerBoard />
        </Suspense>
      </div>
    </div>
  );
}
