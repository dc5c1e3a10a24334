/**
 * The page: header, notice, four panels (editor and build context, image, containers,
 * terminal), each in its own error boundary, and the live region. The theme is applied to
 * this root (not to <html>), so two embeds on one page can differ.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { EditorPanel } from '../Editor/EditorPanel';
import { Terminal } from '../Terminal/Terminal';
import { Header } from './Header';
import { LiveRegion } from './LiveRegion';
import { MotionRoot } from './MotionRoot';
import { NoticeBar } from './NoticeBar';
import { PanelBoundary } from './PanelBoundary';
import { ContainersArea, ImageArea } from './Placeholders';
import './AppShell.css';

function Panel({
  name,
  title,
  className,
  children,
}: {
  name: string;
  title: string;
  className: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`lc-panel ${className}`} aria-labelledby={id}>
      <h2 id={id} className="lc-panel__title">
        {title}
      </h2>
      <PanelBoundary name={name}>{children}</PanelBoundary>
    </section>
  );
}

/** Ctrl+Enter (Cmd+Enter on a Mac) builds from anywhere; the editor handles its own. */
function useBuildShortcut() {
  const build = useAppStore((s) => s.build);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      e.preventDefault();
      void build();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [build]);
}

export function AppShell() {
  const theme = useAppStore((s) => s.theme);
  const status = useAppStore((s) => s.status);
  useBuildShortcut();
  return (
    <MotionRoot>
      <div
        className="lc-app"
        data-theme={theme === 'system' ? undefined : theme}
        data-engine={status}
      >
        <Header />
        <NoticeBar />
        <main className="lc-panels">
          <Panel name="Editor" title="Dockerfile and build context" className="lc-panel--editor">
            <EditorPanel />
          </Panel>
          <Panel name="Image" title="Image" className="lc-panel--image">
            <ImageArea />
          </Panel>
          <Panel name="Containers" title="Containers" className="lc-panel--containers">
            <ContainersArea />
          </Panel>
          <Panel name="Terminal" title="Terminal" className="lc-panel--terminal">
            <Terminal />
          </Panel>
        </main>
        <LiveRegion />
      </div>
    </MotionRoot>
  );
}
