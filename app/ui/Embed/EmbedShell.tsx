/**
 * The player's page: a slim bar (title, play/pause, start over, open in Layercake) and the
 * views the embedding page asked for, in its order, each in an error boundary. Nothing
 * here touches storage: the player works in a sandboxed iframe with scripts alone.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { useAppStore } from '../../store';
import { splitScript } from '../../session/split-script';
import { shareUrl } from '../../share/link';
import { sessionOf } from '../../share/open-link';
import { LiveRegion } from '../AppShell/LiveRegion';
import { MotionRoot } from '../AppShell/MotionRoot';
import { NoticeBar } from '../AppShell/NoticeBar';
import { PanelBoundary } from '../AppShell/PanelBoundary';
import { ContainersArea, ImageArea } from '../AppShell/Placeholders';
import { EditorPanel } from '../Editor/EditorPanel';
import { usePlayback } from '../LayerStack/playback/hooks';
import { Terminal } from '../Terminal/Terminal';
import { TerminalOutput } from '../Terminal/TerminalOutput';
import { ReadOnlyDockerfile } from './ReadOnlyDockerfile';
import { useAutoplay } from './useAutoplay';
import '../AppShell/AppShell.css';
import './Embed.css';

export type EmbedView = 'editor' | 'layers' | 'containers' | 'terminal';

export interface EmbedShellProps {
  title: string;
  views: readonly EmbedView[];
  theme: 'system' | 'light' | 'dark' | 'projection';
  interactive: boolean;
  /** The scenario's units when they are played one by one (autoplay); else empty. */
  autoplay: readonly string[];
  /** Where the full app lives (for "Open in Layercake"). */
  appUrl: string;
  /** Shown instead of the views when the scenario could not be read. */
  error?: string;
}

const TITLES: Record<EmbedView, string> = {
  editor: 'Dockerfile',
  layers: 'Image',
  containers: 'Containers',
  terminal: 'Terminal',
};

function Panel({ view, children }: { view: EmbedView; children: ReactNode }) {
  const id = useId();
  return (
    <section
      className={`lc-panel lc-embed__panel lc-panel--${view === 'layers' ? 'image' : view}`}
      aria-labelledby={id}
    >
      <h2 id={id} className="lc-panel__title">
        {TITLES[view]}
      </h2>
      <PanelBoundary name={TITLES[view]}>{children}</PanelBoundary>
    </section>
  );
}

function ViewFor({ view, interactive }: { view: EmbedView; interactive: boolean }) {
  if (view === 'editor') return interactive ? <EditorPanel /> : <ReadOnlyDockerfile />;
  if (view === 'layers') return <ImageArea />;
  if (view === 'containers') return <ContainersArea />;
  return interactive ? (
    <Terminal />
  ) : (
    <div className="lc-term">
      <TerminalOutput echoes={[]} />
    </div>
  );
}

export function EmbedShell(props: EmbedShellProps) {
  // The event player runs even when no animated view is shown, so autoplay never stalls.
  usePlayback();
  const paused = useAppStore((s) => s.paused);
  const setPaused = useAppStore((s) => s.setPaused);
  const reset = useAppStore((s) => s.reset);
  const status = useAppStore((s) => s.status);
  const scenario = useAppStore((s) => s.scenario);
  const drafts = useAppStore((s) => s.drafts);
  const play = useAutoplay(props.autoplay, props.autoplay.length > 0);
  const openUrl = useMemo(
    () => shareUrl(props.appUrl, sessionOf({ scenario, drafts })),
    [props.appUrl, scenario, drafts],
  );
  const autoplaying = props.autoplay.length > 0;
  return (
    <MotionRoot>
      <div
        className="lc-app lc-embed"
        data-theme={props.theme === 'system' ? undefined : props.theme}
        data-engine={status}
      >
        <header className="lc-embed__bar">
          <h1 className="lc-embed__title">{props.title}</h1>
          {autoplaying && (
            <span className="lc-embed__progress" aria-live="off">
              Step {Math.min(play.done, play.total)} of {play.total}
            </span>
          )}
          <button
            type="button"
            className="lc-button"
            aria-pressed={paused}
            onClick={() => setPaused(!paused)}
          >
            {paused ? 'Play' : 'Pause'}
          </button>
          <button
            type="button"
            className="lc-button"
            onClick={() => (autoplaying ? play.restart() : void reset())}
          >
            Start over
          </button>
          <a className="lc-embed__open" href={openUrl} target="_blank" rel="noopener noreferrer">
            Open in Layercake
          </a>
        </header>
        <NoticeBar />
        {props.error ? (
          <p className="lc-embed__error" role="alert">
            {props.error}
          </p>
        ) : (
          <main className="lc-embed__views">
            {props.views.map((view) => (
              <Panel key={view} view={view}>
                <ViewFor view={view} interactive={props.interactive} />
              </Panel>
            ))}
          </main>
        )}
        <LiveRegion />
      </div>
    </MotionRoot>
  );
}

/** The units autoplay runs: the scenario split as a person would type it. */
export function autoplayUnits(script: string): string[] {
  return splitScript(script);
}
