import { describe, expect, it } from 'vitest';
import { escapeXml, layerDiagramSvg, slabHeight, type DiagramModel } from './layer-diagram';

const model: DiagramModel = {
  title: 'app:latest',
  rows: [
    {
      instruction: '# debian.sh --arch amd64',
      size: 84_400_000,
      metadata: false,
      base: true,
      diffId: 'sha256:' + 'a'.repeat(64),
    },
    { instruction: 'CMD ["python3"]', size: 0, metadata: true, base: true },
    {
      instruction: 'WORKDIR /app',
      size: 0,
      metadata: false,
      base: false,
      diffId: 'sha256:' + 'b'.repeat(64),
    },
    {
      instruction: 'RUN pip install --no-cache-dir -r requirements.txt',
      size: 12_400_000,
      metadata: false,
      base: false,
      diffId: 'sha256:' + 'c'.repeat(64),
    },
    { instruction: 'CMD ["python", "main.py"]', size: 0, metadata: true, base: false },
  ],
};

/** The SVG's texts in document order (top of the picture first). */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('layerDiagramSvg', () => {
  it('draws the newest step on top and the folded base at the bottom', () => {
    const shown = texts(layerDiagramSvg(model));
    expect(shown[0]).toBe('app:latest');
    expect(shown[1]).toBe('3 layers, 96.8 MB');
    expect(shown.slice(2)).toEqual([
      'CMD [&quot;python&quot;, &quot;main.py&quot;]',
      '0 B',
      'RUN pip install --no-cache-dir -r requirements.txt',
      '12.4 MB  cccccccccccc',
      'WORKDIR /app',
      '0 B  bbbbbbbbbbbb',
      'Base image',
      '1 layer, 84.4 MB',
    ]);
  });

  it('can show the base image row by row', () => {
    const shown = texts(layerDiagramSvg(model, { foldBase: false }));
    expect(shown).toContain('# debian.sh --arch amd64');
    expect(shown).toContain('CMD [&quot;python3&quot;]');
    expect(shown).not.toContain('Base image');
  });

  it('escapes markup in names and instructions, so the SVG stays inert', () => {
    const evil = layerDiagramSvg({
      title: '<script>alert(1)</script>',
      rows: [
        {
          instruction: 'RUN echo "</text><script>x</script>" & \u0001',
          size: 5,
          metadata: false,
          base: false,
        },
      ],
    });
    expect(evil).not.toContain('<script');
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).not.toContain('\u0001');
  });

  it('makes bigger layers thicker, within bounds', () => {
    expect(slabHeight(0)).toBe(28);
    expect(slabHeight(1_000)).toBeLessThan(slabHeight(1_000_000));
    expect(slabHeight(1_000_000)).toBeLessThan(slabHeight(100_000_000));
    expect(slabHeight(1e15)).toBe(64);
  });

  it('drops characters XML cannot hold, including lone surrogates', () => {
    expect(escapeXml('a\u0000b\uD800c\u{1F600}')).toBe('abc\u{1F600}');
  });
});
