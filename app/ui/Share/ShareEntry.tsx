/**
 * The full app's share and learn links: the guided lessons, Copy link, Embed and the layer
 * diagram. AppShell places them in the header after the title; the dialogs load when first
 * opened.
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
      <a className="lc-button lc-share__item" href={LESSONS_HREF}>
        Lessons
      </a>
      <CopyLink />
      <button type="button" className="lc-button lc-share__item" onClick={() => setOpen('embed')}>
        Embed
      </button>
      <button type="button" className="lc-button lc-share__item" onClick={() => setOpen('diagram')}>
        Diagram
      </button>
      <Suspense fallback={null}>
        {open === 'embed' && <EmbedDialog onClose={close} />}
        {open === 'diagram' && <DiagramDialog onClose={close} />}
      </Suspense>
    </nav>
  );
}
