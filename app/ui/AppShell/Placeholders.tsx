/**
 * The regions the image and container views will fill. Their accessible names are the
 * contract in DESIGN.md ("Image layers", "Merged filesystem", "Containers"); the
 * LayerStack, MergedTree, ContainerBoard and DiskView components (later work) render into
 * them. Until then the list and tree are empty: no made-up layers are shown.
 */
import { useAppStore } from '../../store';

export function ImageArea() {
  return (
    <div className="lc-image">
      <div className="lc-image__stack">
        <h3 className="lc-subheading">Layers</h3>
        {/* Filled by LayerStack (later work): one listitem per history entry. */}
        <ul className="lc-image__list" aria-label="Image layers" />
      </div>
      <div className="lc-image__tree">
        <h3 className="lc-subheading">Merged filesystem</h3>
        {/* Filled by MergedTree (later work): the union of all layers, one treeitem per path. */}
        <ul className="lc-image__list" role="tree" aria-label="Merged filesystem" />
      </div>
    </div>
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
