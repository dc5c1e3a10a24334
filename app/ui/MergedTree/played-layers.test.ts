import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import type { HostState } from '../../engine/host/state';
import type { QueuedEvent } from '../../store';
import { imageTrees } from '../LayerStack/stack-model';
import { build, FIXTURE_FILES, seededHost } from '../LayerStack/testing/world-fixture';
import { playedLayerCount } from './played-layers';

const queued = (events: readonly EngineEvent[], entryId = 1): QueuedEvent[] =>
  events.map((event, seq) => ({ seq, event, entryId, origin: 'typed' }));

/** The queue once the player has acknowledged every event up to the step of `instruction`. */
function playedThrough(queue: QueuedEvent[], instruction: string): QueuedEvent[] {
  const at = queue.findIndex(
    (q) => q.event.type === 'layer-created' && q.event.instruction.startsWith(instruction),
  );
  if (at < 0) throw new Error(`no layer-created for ${instruction}`);
  return queue.slice(at + 1);
}

const hostsOf = (host: HostState) => ({ [host.name]: host });

describe('playedLayerCount', () => {
  // The fixture: busybox (layer 0), WORKDIR /app (1), COPY requirements.txt (2),
  // RUN … flask.txt (3), COPY . . (4).
  const { host, image, outcome } = seededHost();
  const layers = imageTrees(host, image);

  it('shows only the base image while every step of the build is still queued', () => {
    expect(playedLayerCount(queued(outcome.events), hostsOf(host), layers)).toBe(1);
  });

  it('counts a layer as shown once its step has been played, and the ones below it', () => {
    const queue = queued(outcome.events);
    expect(playedLayerCount(playedThrough(queue, 'WORKDIR'), hostsOf(host), layers)).toBe(2);
    expect(playedLayerCount(playedThrough(queue, 'RUN'), hostsOf(host), layers)).toBe(4);
    expect(playedLayerCount(playedThrough(queue, 'COPY . .'), hostsOf(host), layers)).toBe(5);
  });

  it('shows every layer when nothing is queued', () => {
    expect(playedLayerCount([], hostsOf(host), layers)).toBe(layers.length);
    expect(playedLayerCount(queued(outcome.events), undefined, layers)).toBe(layers.length);
  });

  it('holds a rebuild back at its cached steps until they are played too', () => {
    const again = build(host, undefined, { ...FIXTURE_FILES, 'main.py': 'print("changed")\n' });
    const newLayers = imageTrees(again.host, again.image);
    const queue = queued(again.outcome.events, 2);
    expect(playedLayerCount(queue, hostsOf(again.host), newLayers)).toBe(1);
    expect(playedLayerCount(playedThrough(queue, 'RUN'), hostsOf(again.host), newLayers)).toBe(4);
  });

  it('ignores queued steps of another image whose layers sit elsewhere', () => {
    const other = build(host, 'FROM busybox\nCOPY main.py /srv/\n', FIXTURE_FILES, 'other');
    const queue = queued(other.outcome.events, 2);
    expect(playedLayerCount(queue, hostsOf(other.host), layers)).toBe(layers.length);
  });
});
