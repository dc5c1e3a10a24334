/**
 * The page: header, notice, four panels (editor and build context, image, containers,
 * terminal, whose title bar holds the timeline scrubber), each in its own error boundary,
 * and the live region. The theme is applied to this root (not to <html>), so two embeds on
 * one page can differ.
 */
import { useEffect, useId, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { EditorPanel } from '../Editor/EditorPanel';
import { Terminal } from '../Terminal/Terminal';
import { TimelineScrubber } from '../Timeline/Timeline';
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
  tools,
  children,
}: {
  name: string;
  title: string;
  className: string;
  /** Controls beside the title (the terminal's timeline). */
  tools?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  const heading = (
    <h2 id={id} className="lc-panel__title">
      {title}
    </h2>
  );
  return (
    <section className={`lc-panel ${className}`} aria-labelledby={id}>
      {tools ? (
        <div className="lc-panel__head">
          {heading}
          {tools}
        </div>
      ) : (
        heading
      )}
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

/**
 * `headerNav`: the full app's share and learn links, placed in the header between the title
 * and the controls (the lessons and presentation modes have their own ways out).
 */
export function AppShell({ headerNav }: { headerNav?: ReactNode } = {}) {
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
        <Header nav={headerNav} />
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
          <Panel
            name="Terminal"
            title="Terminal"
            className="lc-panel--terminal"
            tools={<TimelineScrubber />}
          >
            <Terminal />
          </Panel>
        </main>
        <LiveRegion />
      </div>
    </MotionRoot>
  );
}
