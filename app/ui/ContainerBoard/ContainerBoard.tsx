/**
 * The Containers panel: every container's thin writable layer standing on the read-only
 * image they share (drawn once per image), so sharing is visible and divergence shows
 * file by file. Buttons run the docker commands they stand for in the terminal. Copy-ups
 * and whiteouts fly between the image's layers and the writable layers as they play.
 */
import { AnimatePresence, useReducedMotion } from 'motion/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Container } from '../../engine/host/containers';
import { useAppStore, useAppStoreApi, type QueuedEvent } from '../../store';
import { scaledDuration } from '../AppShell/motion-speed';
import { lastBuildOf, type BuildRecord } from '../LayerStack/build-record';
import { imageName } from '../LayerStack/current-image';
import { usePlayed, usePlayback, useUnplayed } from '../LayerStack/playback/hooks';
import { baseDuration } from '../LayerStack/playback/schedule';
import { stackModelOf } from '../LayerStack/stack-model';
import { playedChanges, readUnplayed, shownContainers, unplayedKey } from './board-state';
import { CompareView } from './CompareView';
import { ContainerCard } from './ContainerCard';
import { cachedChanges, containerGroups, nextContainerName } from './container-model';
import { Flights, pointIn, type Flight } from './Flights';
import { ImagePlinth } from './ImagePlinth';
import { VolumeShelf } from './VolumeShelf';
import './ContainerBoard.css';

/** Beyond this many containers the cards compact so ten still fit. */
const COMPACT_FROM = 4;

const NOTHING_ARRIVING: ReadonlySet<string> = new Set();

export function ContainerBoard() {
  usePlayback();
  const api = useAppStoreApi();
  const world = useAppStore((s) => s.snapshot?.world);
  const transcript = useAppStore((s) => s.transcript);
  const runCommand = useAppStore((s) => s.runCommand);
  const selected = useAppStore((s) => s.selection.container);
  const speed = useAppStore((s) => s.speed);
  const still = useReducedMotion() ?? false;
  const keys = useUnplayed(unplayedKey);
  const unplayed = useMemo(() => readUnplayed(keys), [keys]);
  const seen = useRef(new Map<string, Container>());
  const sticky = useRef(new Set<string>());
  const board = useRef<HTMLDivElement>(null);
  const [compare, setCompare] = useState(false);
  const [pair, setPair] = useState<{ a?: string; b?: string }>({});
  const [flights, setFlights] = useState<Flight[]>([]);
  const [arriving, setArriving] = useState<ReadonlySet<string>>(() => new Set());
  const flightId = useRef(0);

  const host = world?.hosts[world.current];
  // The build of each image, looked up once per transcript (not per render and group).
  const recordOf = useMemo(() => {
    const known = new Map<string, BuildRecord | undefined>();
    return (imageId: string) => {
      if (!known.has(imageId)) known.set(imageId, lastBuildOf(transcript, imageId));
      return known.get(imageId);
    };
  }, [transcript]);
  // Paths still in flight, per container: a card with none keeps the same empty set.
  const arrivingIn = useMemo(() => {
    const byContainer = new Map<string, Set<string>>();
    for (const key of arriving) {
      const space = key.indexOf(' ');
      const id = key.slice(0, space);
      let paths = byContainer.get(id);
      if (!paths) byContainer.set(id, (paths = new Set()));
      paths.add(key.slice(space + 1));
    }
    return byContainer;
  }, [arriving]);
  // Stable callbacks, so that a card whose own data did not change is not drawn again.
  const run = useCallback(
    (command: string, then?: () => void) => {
      void runCommand(command, 'button').then(() => then?.());
    },
    [runCommand],
  );
  const focusTerminal = useCallback(() => {
    const input = board.current
      ?.closest('.lc-app')
      ?.querySelector<HTMLInputElement>('input[aria-label="Terminal"]');
    input?.focus();
  }, []);
  const toggleSelected = useCallback(
    (id: string) => {
      const now = api.getState().selection.container;
      api.getState().select({ container: now === id ? null : id });
    },
    [api],
  );
  useEffect(() => {
    if (!host) return;
    for (const c of Object.values(host.containers)) {
      seen.current.set(c.id, c);
      sticky.current.add(c.image);
    }
  });

  usePlayed((played) => {
    launchFlights(played);
    bringIntoView(played);
  });

  /** The container an event happened to scrolls into view (the panel is small). */
  function bringIntoView(played: readonly QueuedEvent[]) {
    const ids = new Set<string>();
    for (const { event } of played) {
      if (event.type === 'container-created' || event.type === 'container-started')
        ids.add(event.id);
      else if ('where' in event && event.where.kind === 'container') ids.add(event.where.id);
    }
    if (ids.size === 0) return;
    // After React has drawn what the step revealed; with reduced motion, without gliding.
    window.setTimeout(() => {
      const root = board.current;
      const room = root?.parentElement?.clientHeight ?? 0;
      for (const id of ids) {
        const layer = root?.querySelector(`[data-writable="${id}"]`);
        // The whole picture (cards on their image) when it fits, else the writable layer.
        const group = layer?.closest('.lc-group');
        const target = group && group.getBoundingClientRect().height <= room ? group : layer;
        target?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
      }
    }, 60);
  }

  function launchFlights(played: readonly QueuedEvent[]) {
    const root = board.current;
    if (!root || !host) return;
    const added: Flight[] = [];
    const landing: string[] = [];
    for (const { event } of played) {
      if (!('where' in event) || event.where.kind !== 'container') continue;
      if (event.type !== 'file-copied-up' && event.type !== 'whiteout-created') continue;
      const container = host.containers[event.where.id] ?? seen.current.get(event.where.id);
      if (!container) continue;
      const stripe = root.querySelector(
        `[data-group="${container.image}"] [data-plinth-layer="${event.fromLayer}"]`,
      );
      const list = root.querySelector(`[data-writable="${container.id}"]`);
      if (!stripe || !list) continue;
      const seconds = (scaledDuration(baseDuration(event), speed) / 1000) * 0.9;
      const onStripe = pointIn(root, stripe, 0.5, 0.3);
      const inLayer = pointIn(root, list, 0.6, 0.1);
      const label = event.path.split('/').pop() ?? event.path;
      const copy = event.type === 'file-copied-up';
      added.push({
        id: ++flightId.current,
        kind: copy ? 'copy-up' : 'whiteout',
        label,
        from: copy ? onStripe : inLayer,
        to: copy ? inLayer : onStripe,
        seconds,
      });
      if (copy) landing.push(`${container.id} ${event.path}`);
    }
    if (added.length === 0) return;
    setFlights((now) => [...now, ...added]);
    if (landing.length) setArriving((now) => new Set([...now, ...landing]));
    const longest = Math.max(...added.map((f) => f.seconds));
    window.setTimeout(
      () => {
        const ids = new Set(added.map((f) => f.id));
        setFlights((now) => now.filter((f) => !ids.has(f.id)));
        setArriving((now) => new Set([...now].filter((k) => !landing.includes(k))));
      },
      (longest + 0.6) * 1000,
    );
  }

  if (!host) return <p className="lc-hint">Loading the simulated computer…</p>;

  const shown = shownContainers(host, seen.current, unplayed);
  const groups = containerGroups(host, shown);
  // An image that had containers keeps its place (and its plinth) when the last one goes.
  for (const id of sticky.current) {
    const image = host.images[id as keyof typeof host.images];
    if (image && !groups.some((g) => g.imageId === id))
      groups.push({ image, imageId: id, name: imageName(host, image), containers: [] });
  }
  const runRef = host.tags['app:latest'] ? 'app' : Object.keys(host.tags).sort()[0];
  const nextName = nextContainerName(Object.values(host.containers).map((c) => c.name));
  const runLine = runRef ? `docker run -d --name ${nextName} ${runRef}` : undefined;
  const compact = shown.length > COMPACT_FROM;
  const volumes = Object.values(host.volumes)
    .filter((v) => !unplayed.volumes.has(v.name))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const live = Object.values(host.containers);
  const pairA = pair.a ?? selected ?? live[0]?.id;
  const pairB = pair.b ?? live.find((c) => c.id !== pairA)?.id;

  return (
    <div ref={board} className={`lc-board${compact ? ' lc-board--compact' : ''}`}>
      <div className="lc-board__bar">
        <button
          type="button"
          className="lc-button lc-button--primary"
          disabled={!runLine}
          title={runLine}
          onClick={() => runLine && run(runLine)}
        >
          Run container
        </button>
        <button
          type="button"
          className="lc-button"
          aria-pressed={compare}
          disabled={live.length < 2 && !compare}
          onClick={() => setCompare(!compare)}
        >
          Compare
        </button>
        {runLine && (
          <code className="lc-board__command" title="What Run container types in the terminal">
            $ {runLine}
          </code>
        )}
      </div>
      {groups.length === 0 && (
        <p className="lc-hint">
          No containers yet. <strong>Run container</strong> starts one from the image: the image’s
          layers stay read-only, and the container gets a thin writable layer of its own, where all
          its writes land.
        </p>
      )}
      {compact && <p className="lc-board__caption">Select a container’s name for its buttons.</p>}
      {groups.map((group) => {
        const record = group.image ? recordOf(group.image.id) : undefined;
        const baseLayers = group.image ? stackModelOf(host, group.image, record).baseLayers : 0;
        return (
          <div key={group.imageId} className="lc-group" data-group={group.imageId}>
            <div className="lc-group__cards">
              <AnimatePresence presenceAffectsLayout={false}>
                {group.containers.map((c) => (
                  <ContainerCard
                    key={c.id}
                    container={c}
                    changes={playedChanges(cachedChanges(host, c), c.id, unplayed)}
                    baseLayers={baseLayers}
                    arriving={arrivingIn.get(c.id) ?? NOTHING_ARRIVING}
                    flightSeconds={scaledDuration(0.8, speed)}
                    selected={selected === c.id}
                    leaving={!host.containers[c.id]}
                    run={run}
                    onExec={focusTerminal}
                    onSelect={toggleSelected}
                  />
                ))}
              </AnimatePresence>
            </div>
            <ImagePlinth
              host={host}
              image={group.image}
              name={group.name}
              baseLayers={baseLayers}
              containers={group.containers.length}
            />
          </div>
        );
      })}
      {compare && (
        <CompareView
          host={host}
          containers={live}
          a={pairA}
          b={pairB}
          onPick={(side, id) => setPair({ a: pairA, b: pairB, [side]: id })}
        />
      )}
      <VolumeShelf volumes={volumes} containers={live} />
      <Flights
        flights={flights}
        onDone={(id) => setFlights((now) => now.filter((f) => f.id !== id))}
      />
    </div>
  );
}
