/**
 * The diagram's input from the world: the image's rows as the layer stack shows them
 * (app/ui/LayerStack's model decides which rows came from the base image).
 */
import type { HostState } from '../engine/host/state';
import type { Image } from '../engine/images/image';
import { stackModel } from '../ui/LayerStack/stack-model';
import type { DiagramModel } from './layer-diagram';

export function diagramModel(host: HostState, image: Image, title: string): DiagramModel {
  return {
    title,
    rows: stackModel(host, image).rows.map((row) => ({
      instruction: row.instruction,
      size: row.size,
      metadata: row.metadata,
      base: row.base,
      ...(row.diffId ? { diffId: row.diffId } : {}),
    })),
  };
}
