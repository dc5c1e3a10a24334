/**
 * The regions the image and container views will fill. Their accessible names are the
 * contract in DESIGN.md ("Image layers", "Merged filesystem", "Containers"); the
 * LayerStack, MergedTree, ContainerBoard and DiskView components (later work) render into
 * them. Until then the list and tree are empty: no made-up layers are shown.
 */
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store';

/** The image views (LayerStack and its neighbours), loaded after first paint with the engine. */
const ImagePanel = lazy(() =>
  import('../LayerStack/ImagePanel').then((mod) => ({ default: mod.ImagePanel })),
);

export function ImageArea() {
  return (
    <Suspense fallback={<p className="lc-hint">Loading the image views…</p>}>
      <ImagePanel />
    </Suspense>
  );
}

export function ContainersArea() {
  const count = useAppStore((s) => {
    const world = s.snapshot?.world;
    return world ? Object.keys(world.hosts[world.current]?.containers ?? {}).length : 0;
  });
  return (
    <div className="lc-containers">
      {/* Filled by ContainerBoard (later work): one region per container, named by its name. */}
      {count === 0 && (
        <p className="lc-hint">
          No containers yet. Try <code>docker run -d --name web app</code> in the terminal.
        </p>
      )}
    </div>
  );
}
