/**
 * The JavaScript the served index.html asks for up front: its module script and every
 * `<link rel="modulepreload">`. Unlike "requested before first paint" this does not depend on
 * how busy the machine is (on a loaded machine the first paint comes late and lazy chunks
 * slip in before it), so the two rows together tell a real regression from a slow run.
 */
import { gzipBytes } from './stats';

export interface EntryGraph {
  paths: string[];
  gzip: number;
}

const SCRIPT = /<script[^>]*type="module"[^>]*src="([^"]+)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g;

export async function measureEntryGraph(baseUrl: string): Promise<EntryGraph> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const refs = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((m) => m[1] ?? '');
  const urls = [...new Set(refs.filter(Boolean).map((ref) => new URL(ref, `${baseUrl}/`).href))];
  let gzip = 0;
  for (const url of urls) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    gzip += gzipBytes(Buffer.from(await response.arrayBuffer()));
  }
  return { paths: urls.map((u) => new URL(u).pathname), gzip };
}
