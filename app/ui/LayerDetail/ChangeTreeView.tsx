/**
 * A layer's changes as nested folders that open and close (disclosure buttons). Letters as
 * `docker diff` prints them: A added, C changed, D deleted (a whiteout in the layer); O for
 * an opaque folder, which hides everything below it.
 */
import { useState } from 'react';
import { humanBytes } from '../../engine/build/human-bytes';
import type { ChangeKind, ChangeNode } from './change-tree';

const LETTER: Record<ChangeKind, string> = { added: 'A', modified: 'C', deleted: 'D', opaque: 'O' };
const WORD: Record<ChangeKind, string> = {
  added: 'added',
  modified: 'changed',
  deleted: 'deleted (whiteout)',
  opaque: 'opaque folder',
};
/** Children shown per folder; the rest are counted. */
const SHOWN = 200;

/** Rows shown at first: folders open level by level while the list stays this short. */
const FIRST_ROWS = 24;

function initiallyOpen(root: ChangeNode): Set<string> {
  const open = new Set<string>();
  let rows = root.children.length;
  let level = root.children;
  while (level.length > 0) {
    const next: ChangeNode[] = [];
    for (const node of level) {
      if (!node.isDir || node.children.length === 0) continue;
      if (rows + node.children.length > FIRST_ROWS) return open;
      open.add(node.path);
      rows += node.children.length;
      next.push(...node.children);
    }
    level = next;
  }
  return open;
}

export function ChangeTreeView({ root }: { root: ChangeNode }) {
  const [open, setOpen] = useState(() => initiallyOpen(root));
  if (root.children.length === 0) return <p className="lc-hint">This layer changes no files.</p>;
  const toggle = (path: string) => {
    const next = new Set(open);
    if (next.has(path)) next.delete(path);
    else next.add(path);
    setOpen(next);
  };
  return (
    <ul className="lc-changes" aria-label="File changes">
      {root.children.slice(0, SHOWN).map((child) => (
        <ChangeItem key={child.path} node={child} open={open} toggle={toggle} />
      ))}
      {root.children.length > SHOWN && (
        <li className="lc-hint">and {root.children.length - SHOWN} more</li>
      )}
    </ul>
  );
}

function ChangeItem({
  node,
  open,
  toggle,
}: {
  node: ChangeNode;
  open: ReadonlySet<string>;
  toggle: (path: string) => void;
}) {
  const expandable = node.isDir && node.children.length > 0;
  const isOpen = expandable && open.has(node.path);
  const label = (
    <>
      {node.kind ? (
        <span className={`lc-change-letter lc-change--${node.kind}`} title={WORD[node.kind]}>
          <span aria-hidden="true">{LETTER[node.kind]}</span>
          <span className="lc-visually-hidden">{WORD[node.kind]}</span>
        </span>
      ) : (
        <span className="lc-change-letter lc-change-letter--none" aria-hidden="true" />
      )}
      <span className="lc-changes__name">
        {node.name}
        {node.isDir ? '/' : ''}
      </span>
      <span className="lc-changes__size">
        {node.isDir
          ? `${node.files.toLocaleString('en')} file${node.files === 1 ? '' : 's'}, ${humanBytes(node.bytes)}`
          : node.kind === 'deleted'
            ? 'whiteout'
            : humanBytes(node.bytes)}
      </span>
    </>
  );
  return (
    <li>
      {expandable ? (
        <button
          type="button"
          className="lc-changes__row lc-changes__row--dir"
          aria-expanded={isOpen}
          onClick={() => toggle(node.path)}
        >
          <span className="lc-changes__twisty" aria-hidden="true">
            {isOpen ? '▾' : '▸'}
          </span>
          {label}
        </button>
      ) : (
        <span className="lc-changes__row">
          <span className="lc-changes__twisty" aria-hidden="true" />
          {label}
        </span>
      )}
      {isOpen && (
        <ul>
          {node.children.slice(0, SHOWN).map((child) => (
            <ChangeItem key={child.path} node={child} open={open} toggle={toggle} />
          ))}
          {node.children.length > SHOWN && (
            <li className="lc-hint">and {node.children.length - SHOWN} more</li>
          )}
        </ul>
      )}
    </li>
  );
}
