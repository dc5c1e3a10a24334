/**
 * The full app's share and learn controls: the guided lessons, Copy link, Embed and the
 * layer diagram. Like the Present link, it sits in its own small landmark until the
 * header offers it a place; the dialogs load when first opened.
 */
import { lazy, Suspense, useState } from 'react';
import { CopyLink } from './CopyLink';
import './share.css';

const EmbedDialog = lazy(() =>
  import('../Embed/EmbedDialog').then((mod) => ({ default: mod.EmbedDialog })),
);
const DiagramDialog = lazy(() =>
  import('./DiagramDialog').then((mod) => ({ default: mod.DiagramDialog })),
);

export const LESSONS_HREF = '?mode=lessons';

export function ShareEntry() {
  const [open, setOpen] = useState<'embed' | 'diagram' | null>(null);
  const close = () => setOpen(null);
  return (
    <nav className="lc-share" aria-label="Share and learn">
      <a href={LESSONS_HREF}>Lessons</a>
      <CopyLink />
      <button type="button" onClick={() => setOpen('embed')}>
        Embed
      </button>
      <button type="button" onClick={() => setOpen('diagram')}>
        Diagram
      </button>
      <Suspense fallback={null}>
        {open === 'embed' && <EmbedDialog onClose={close} />}
        {open === 'diagram' && <DiagramDialog onClose={close} />}
      </Suspense>
    </nav>
  );
}
