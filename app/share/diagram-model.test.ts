import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { imageByRef, hostOf } from '../lessons/queries';
import { replay } from '../session/replay';
import { diagramModel } from './diagram-model';
import { layerDiagramSvg } from './layer-diagram';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const SCRIPT = `cat > Dockerfile <<'EOF'
FROM alpine:3.22
COPY a.txt /a.txt
ENV MODE=demo
EOF
echo hello > a.txt
docker build -t demo .
`;

describe('diagramModel', () => {
  it('draws a built image: its own steps on top of its folded base', () => {
    const world = replay(SCRIPT, catalog).session.state.world;
    const host = hostOf(world);
    const image = imageByRef(host, 'demo');
    if (!host || !image) throw new Error('the build did not make demo');
    const model = diagramModel(host, image, 'demo:latest');
    const own = model.rows.filter((r) => !r.base);
    expect(own.map((r) => [r.instruction, r.metadata])).toEqual([
      ['COPY a.txt /a.txt', false],
      ['ENV MODE=demo', true],
    ]);
    expect(model.rows.filter((r) => r.base && !r.metadata)).toHaveLength(1);
    const svg = layerDiagramSvg(model);
    expect(svg.indexOf('ENV MODE=demo')).toBeLessThan(svg.indexOf('COPY a.txt'));
    expect(svg.indexOf('COPY a.txt')).toBeLessThan(svg.indexOf('Base image'));
  });
});
