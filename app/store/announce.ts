/**
 * What the polite live region says for each engine event ("Layer 5 created: RUN pip
 * install, 12.4 MB"). Sentences are short: a screen reader reads every one. Filesystem
 * events inside a build are not announced (pip install writes thousands of files); a
 * container's changes are, up to a few per command, then summed up.
 */
import { humanBytes } from '../engine/build/human-bytes';
import type { EngineEvent, PlacedFsEvent } from '../engine/events';
import type { World } from '../engine/host/state';

/** Beyond this many writable-layer changes in one command, one summary sentence is said. */
const FS_EVENTS_SPOKEN = 4;

/** "RUN pip install --no-cache-dir -r requirements.txt" → "RUN pip install". */
export function shortInstruction(instruction: string): string {
  const flat = instruction.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= 32) return flat;
  const words = flat.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length >= 2 && (word.startsWith('-') || kept.length >= 4)) break;
    kept.push(word);
  }
  const text = kept.join(' ');
  return text.length > 48 ? text.slice(0, 47) + '…' : text;
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

function containerName(world: World | undefined, host: string, id: string): string {
  return world?.hosts[host]?.containers[id]?.name ?? shortId(id);
}

function describeFs(event: PlacedFsEvent, name: string): string | undefined {
  switch (event.type) {
    case 'file-added':
      return `${name}: ${event.path} added to the writable layer, ${humanBytes(event.size)}`;
    case 'file-changed':
      return `${name}: ${event.path} changed in the writable layer, ${humanBytes(event.size)}`;
    case 'file-copied-up':
      return `${name}: ${event.path} copied up from layer ${event.fromLayer + 1} into the writable layer`;
    case 'whiteout-created':
      return `${name}: ${event.path} deleted; a whiteout hides layer ${event.fromLayer + 1}'s copy`;
    case 'opaque-dir-created':
      return `${name}: ${event.path} recreated as an opaque folder`;
    case 'file-removed':
      return `${name}: ${event.path} removed from the writable layer`;
    case 'dir-created':
      return undefined;
  }
}

/** One sentence for one event, or undefined when the event is not worth saying aloud. */
export function describeEvent(event: EngineEvent, world?: World): string | undefined {
  switch (event.type) {
    case 'build-started':
      return `Build started${event.tag ? ` for ${event.tag}` : ''}: ${event.steps} steps`;
    case 'step-started':
      return undefined;
    case 'cache-hit':
      return `Layer ${event.index + 1} cached: ${shortInstruction(event.instruction)}`;
    case 'layer-created':
      return `Layer ${event.index + 1} created: ${shortInstruction(event.instruction)}, ${humanBytes(event.size)}`;
    case 'build-failed':
      return `Build failed${event.line ? ` at line ${event.line}` : ''}: ${event.message}`;
    case 'build-finished':
      return `Image built: ${event.tags[0] ?? 'untagged'}, id ${shortId(event.imageId)}`;
    case 'container-created':
      return `Container ${event.name} created from ${event.image}`;
    case 'container-started':
      return `Container ${event.name} started`;
    case 'container-stopped':
      return `Container ${event.name} stopped, exit code ${event.exitCode}`;
    case 'container-paused':
      return `Container ${event.name} paused`;
    case 'container-unpaused':
      return `Container ${event.name} unpaused`;
    case 'container-removed':
      return `Container ${event.name} removed, with its writable layer`;
    case 'volume-created':
      return `Volume ${event.name} created`;
    case 'volume-removed':
      return `Volume ${event.name} removed`;
    case 'image-pulled':
      return `Image ${event.ref} pulled`;
    case 'image-pushed':
      return `Image ${event.ref} pushed`;
    case 'image-tagged':
      return `Image ${shortId(event.imageId)} tagged ${event.ref}`;
    case 'image-removed':
      return `Image ${shortId(event.imageId)} removed`;
    case 'image-untagged':
      return `Untagged ${event.ref}`;
    case 'image-committed':
      return `Container ${containerName(world, event.host, event.containerId)} committed as image ${shortId(event.imageId)}`;
    default:
      if (!('where' in event) || event.where.kind !== 'container') return undefined;
      return describeFs(event, containerName(world, event.host, event.where.id));
  }
}

/** The sentences for one command's events, container changes summed up when there are many. */
export function describeEvents(events: readonly EngineEvent[], world?: World): string[] {
  const sentences: string[] = [];
  const containerChanges = new Map<string, number>();
  for (const event of events) {
    if ('where' in event && event.where.kind === 'container' && event.type !== 'dir-created') {
      const name = containerName(world, event.host, event.where.id);
      containerChanges.set(name, (containerChanges.get(name) ?? 0) + 1);
    }
  }
  const spoken = new Map<string, number>();
  for (const event of events) {
    if ('where' in event && event.where.kind === 'container') {
      const name = containerName(world, event.host, event.where.id);
      const total = containerChanges.get(name) ?? 0;
      if (total > FS_EVENTS_SPOKEN) {
        if (!spoken.has(name)) sentences.push(`${name}: ${total} changes in the writable layer`);
        spoken.set(name, total);
        continue;
      }
    }
    const text = describeEvent(event, world);
    if (text) sentences.push(text);
  }
  return sentences;
}
