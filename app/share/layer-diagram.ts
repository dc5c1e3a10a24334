/**
 * A layer diagram for slides: the image's stack as a standalone SVG document, base at the
 * bottom, newest layer on top. Filesystem layers are slabs whose thickness grows with the
 * log of their size; metadata entries (ENV, CMD, ...) are thin 0 B tags; the base image's
 * rows can be folded into one block. Pure: a string in, a string out, every text escaped.
 */
import { humanBytes } from '../engine/build/human-bytes';

export interface DiagramRow {
  instruction: string;
  size: number;
  /** A 0 B history entry (no filesystem layer). */
  metadata: boolean;
  base: boolean;
  diffId?: string;
}

export interface DiagramModel {
  /** The image's name, e.g. `app:latest`. */
  title: string;
  /** Oldest first, as `docker history` read bottom-up. */
  rows: DiagramRow[];
}

export interface DiagramOptions {
  /** Show the base image's rows as one block (default true: slides care about your steps). */
  foldBase?: boolean;
  width?: number;
}

const PALETTE = {
  background: '#ffffff',
  text: '#1a1f2b',
  muted: '#5b6275',
  // White text on every fill meets WCAG AA (4.5:1), projected or printed.
  base: '#5b6478',
  slab: ['#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#1e40af'],
  metadata: '#eef1f7',
  metadataBorder: '#9aa3b5',
};

/** XML 1.0 cannot hold most control characters or lone surrogates at all: drop them. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** Slab height in px: 28 for a tiny layer, up to 64 for a few hundred MB. */
export function slabHeight(size: number): number {
  if (size <= 0) return 28;
  return Math.round(28 + Math.min(36, Math.max(0, Math.log10(size) - 2) * 6));
}

interface Block {
  kind: 'slab' | 'tag' | 'base';
  label: string;
  detail: string;
  height: number;
}

function blocks(model: DiagramModel, foldBase: boolean): Block[] {
  const out: Block[] = [];
  const baseRows = model.rows.filter((r) => r.base);
  if (foldBase && baseRows.length > 0) {
    const layers = baseRows.filter((r) => !r.metadata);
    const size = layers.reduce((sum, r) => sum + r.size, 0);
    out.push({
      kind: 'base',
      label: 'Base image',
      detail: `${layers.length} layer${layers.length === 1 ? '' : 's'}, ${humanBytes(size)}`,
      height: 56,
    });
  }
  for (const row of model.rows) {
    if (foldBase && row.base) continue;
    const digest = row.diffId ? `  ${row.diffId.replace(/^sha256:/, '').slice(0, 12)}` : '';
    out.push(
      row.metadata
        ? { kind: 'tag', label: row.instruction, detail: '0 B', height: 22 }
        : {
            kind: row.base ? 'base' : 'slab',
            label: row.instruction,
            detail: `${humanBytes(row.size)}${digest}`,
            height: slabHeight(row.size),
          },
    );
  }
  return out;
}

export function layerDiagramSvg(model: DiagramModel, options: DiagramOptions = {}): string {
  const width = options.width ?? 880;
  const pad = 24;
  const gap = 6;
  const header = 64;
  const stack = blocks(model, options.foldBase ?? true).reverse(); // newest on top
  const layerCount = model.rows.filter((r) => !r.metadata).length;
  const total = model.rows.reduce((sum, r) => sum + (r.metadata ? 0 : r.size), 0);
  const height = header + stack.reduce((sum, b) => sum + b.height + gap, 0) + pad;
  const chars = Math.floor((width - 2 * pad - 200) / 8.2);
  const parts: string[] = [];
  let y = header;
  let slabIndex = 0;
  for (const block of stack) {
    const x = block.kind === 'tag' ? pad + 40 : pad;
    const w = block.kind === 'tag' ? width - 2 * pad - 80 : width - 2 * pad;
    const fill =
      block.kind === 'tag'
        ? PALETTE.metadata
        : block.kind === 'base'
          ? PALETTE.base
          : PALETTE.slab[slabIndex++ % PALETTE.slab.length];
    const ink = block.kind === 'tag' ? PALETTE.text : '#ffffff';
    const stroke =
      block.kind === 'tag' ? ` stroke="${PALETTE.metadataBorder}" stroke-dasharray="4 3"` : '';
    const size = block.kind === 'tag' ? 13 : 15;
    const mid = y + block.height / 2 + size / 3;
    parts.push(
      `<g><rect x="${x}" y="${y}" width="${w}" height="${block.height}" rx="6" fill="${fill}"${stroke}/>` +
        `<text x="${x + 14}" y="${mid}" font-size="${size}" fill="${ink}" font-family="ui-monospace, Menlo, Consolas, monospace">${escapeXml(clip(block.label, chars))}</text>` +
        `<text x="${x + w - 14}" y="${mid}" font-size="${size - 1}" fill="${ink}" text-anchor="end" font-family="system-ui, sans-serif">${escapeXml(block.detail)}</text></g>`,
    );
    y += block.height + gap;
  }
  const title = escapeXml(model.title);
  const summary = `${layerCount} layer${layerCount === 1 ? '' : 's'}, ${humanBytes(total)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="lc-title">`,
    `<title id="lc-title">Layers of ${title}: ${summary}</title>`,
    `<rect width="100%" height="100%" fill="${PALETTE.background}"/>`,
    `<text x="${pad}" y="36" font-size="22" font-weight="600" fill="${PALETTE.text}" font-family="system-ui, sans-serif">${title}</text>`,
    `<text x="${width - pad}" y="36" font-size="15" fill="${PALETTE.muted}" text-anchor="end" font-family="system-ui, sans-serif">${summary}</text>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
