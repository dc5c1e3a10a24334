/**
 * Presentation mode: the projection theme, large type, and a scenario played step by step
 * from the keyboard (see player-keys.ts) or the bar. The keys are handled on this root, so
 * they act only while the presentation has focus, and never while typing (player-keys).
 * The theme is applied to this root only, so the learner's own theme choice is untouched.
 */
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { LiveRegion } from '../AppShell/LiveRegion';
import { MotionRoot } from '../AppShell/MotionRoot';
import { NoticeBar } from '../AppShell/NoticeBar';
import { PanelBoundary } from '../AppShell/PanelBoundary';
import { ContainersArea, ImageArea } from '../AppShell/Placeholders';
import { DockerfileEditor } from '../Editor/DockerfileEditor';
import { Terminal } from '../Terminal/Terminal';
import { BlankScreen } from './BlankScreen';
import { HelpOverlay } from './HelpOverlay';
import { commandForKey } from './player-keys';
import { PresentBar } from './PresentBar';
import { ScenarioLoader } from './ScenarioLoader';
import { StepCue } from './StepCue';
import { useChangeHighlight } from './use-change-highlight';
import { usePlayer } from './use-player';
import '../AppShell/AppShell.css';
import './Present.css';

function Panel({ title, area, children }: { title: string; area: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`lc-panel lc-panel--${area} lc-present__panel`} aria-labelledby={id}>
      <h2 id={id} className="lc-panel__title">
        {title}
      </h2>
      <PanelBoundary name={title}>{children}</PanelBoundary>
    </section>
  );
}

export interface PresentProps {
  /** The scenario's units (from a link, or the default). */
  initialUnits: string[];
  /** A message about the opening (a bad link), shown until a scenario is loaded. */
  openingError?: string | null;
  /** Where Exit goes: the full app. */
  exitHref: string;
}

export function Present({ initialUnits, openingError = null, exitHref }: PresentProps) {
  const api = useAppStoreApi();
  const root = useRef<HTMLDivElement>(null);
  const loaderId = useId();
  const status = useAppStore((s) => s.status);
  const transcript = useAppStore((s) => s.transcript);
  const [units, setUnits] = useState(initialUnits);
  const [script, setScript] = useState(() => initialUnits.join('\n') + '\n');
  const [loaderOpen, setLoaderOpen] = useState(openingError !== null);
  const [error, setError] = useState(openingError);
  const player = usePlayer(units, root);
  const last = player.position > 0 ? transcript.at(-1) : undefined;
  useChangeHighlight(root, last);

  useEffect(() => root.current?.focus(), []);
  const refocus = useCallback(() => root.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    const command = commandForKey({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      altKey: e.altKey,
      targetTag: target?.tagName,
      targetEditable: target?.isContentEditable ?? false,
      targetRole: target?.getAttribute('role') ?? null,
    });
    if (!command) return;
    // Escape with nothing to close is left for others (the terminal's Esc-then-Tab).
    if (command === 'escape' && !player.state.help && !player.state.blank) return;
    e.preventDefault();
    player.dispatch(command);
    if (command === 'escape' || (command === 'help' && player.state.help)) refocus();
  };

  const load = (next: string[], source: string) => {
    if (player.state.playing) player.dispatch('toggle-play');
    setUnits(next);
    setScript(source || next.join('\n') + '\n');
    setError(null);
    setLoaderOpen(false);
    void api.getState().reset();
    refocus();
  };

  return (
    <MotionRoot>
      <div
        ref={root}
        className="lc-app lc-present"
        data-theme="projection"
        data-engine={status}
        data-playing={player.state.playing}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <PresentBar
          player={player}
          loaderId={loaderId}
          loaderOpen={loaderOpen}
          onToggleLoader={() => setLoaderOpen((o) => !o)}
          onSpeed={(speed) => api.getState().setSpeed(speed)}
          exitHref={exitHref}
        />
        {player.message && (
          <p className="lc-present__message" role="status">
            {player.message}
          </p>
        )}
        {error && !loaderOpen && (
          <p className="lc-present__error" role="alert">
            {error}
          </p>
        )}
        <NoticeBar />
        {loaderOpen && (
          <ScenarioLoader
            id={loaderId}
            script={script}
            onLoad={load}
            onClose={() => {
              setLoaderOpen(false);
              refocus();
            }}
          />
        )}
        <StepCue next={units[player.position]} last={last} />
        <main className="lc-present__stage">
          <Panel title="Dockerfile" area="editor">
            <DockerfileEditor />
          </Panel>
          <Panel title="Image" area="image">
            <ImageArea />
          </Panel>
          <Panel title="Containers" area="containers">
            <ContainersArea />
          </Panel>
          <Panel title="Terminal" area="terminal">
            <Terminal />
          </Panel>
        </main>
        <LiveRegion />
        {player.state.help && (
          <HelpOverlay
            onClose={() => {
              player.dispatch('help');
              refocus();
            }}
          />
        )}
        {player.state.blank && (
          <BlankScreen
            onReturn={() => {
              player.dispatch('blank');
              refocus();
            }}
          />
        )}
      </div>
    </MotionRoot>
  );
}
