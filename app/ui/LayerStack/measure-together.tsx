/**
 * Rows that are memoised (they redraw only when their own data changes) but still move
 * together. motion's `layout` measures an element only when its component renders. Before
 * the rows were memoised, every render of a list rendered, and so measured, every row (and
 * AnimatePresence's default `presenceAffectsLayout` re-rendered them all again when an exit
 * finished), so a row pushed by a neighbour, or by something above the list, slid into place.
 *
 * `MeasureTogether` keeps that without rendering the rows (use it with
 * `presenceAffectsLayout={false}`): its children's layout nodes form one group, as in
 * motion's `LayoutGroup`, and whenever one member is about to update, all are measured.
 * A hidden marker inside the group renders every time the owner does, so "the list
 * rendered" still means "every row was measured"; and when a member leaves the DOM after
 * its exit, the rest are measured before it goes and animate to where they end up.
 */
import { LayoutGroupContext, m, type IProjectionNode } from 'motion/react';
import { useState, type ContextType, type ReactNode } from 'react';
import './measure-together.css';

type NodeGroup = NonNullable<ContextType<typeof LayoutGroupContext>['group']>;

function measuringGroup(): NodeGroup {
  const nodes = new Set<IProjectionNode>();
  const stops = new Map<IProjectionNode, () => void>();
  // willUpdate(false) takes the node's snapshot without telling its listeners (no loop).
  const dirty = () => {
    for (const node of nodes) if (!node.isLayoutDirty) node.willUpdate(false);
  };
  return {
    add(node) {
      nodes.add(node);
      stops.set(node, node.addEventListener('willUpdate', dirty));
    },
    // Called while the leaving element is still in the DOM. Marking it too makes motion's
    // check after the unmount measure the others and animate them (else it drops them).
    remove(node) {
      dirty();
      nodes.delete(node);
      stops.get(node)?.();
      stops.delete(node);
    },
    dirty,
  };
}

export function MeasureTogether({ children }: { children: ReactNode }) {
  const [context] = useState(() => ({ group: measuringGroup() }));
  return (
    <LayoutGroupContext.Provider value={context}>
      {children}
      <m.span layout="position" className="lc-measure-marker" aria-hidden="true" />
    </LayoutGroupContext.Provider>
  );
}
