/**
 * `# syntax=docker/dockerfile:1`: BuildKit fetches that Dockerfile frontend image before it
 * reads anything else, and the build log shows it (Docker 27, plain progress):
 *
 *   #2 resolve image config for docker-image://docker.io/docker/dockerfile:1
 *   #2 DONE 0.9s
 *
 *   #3 docker-image://docker.io/docker/dockerfile:1@sha256:...
 *   #3 resolve docker.io/docker/dockerfile:1@sha256:... 0.0s done
 *   #3 sha256:... 12.49MB / 12.49MB 0.3s done
 *   #3 extracting sha256:... 0.3s done
 *   #3 DONE 0.6s
 *
 * The image is kept in the builder: later builds print `#3 CACHED` instead of the download.
 * Its digest here is derived from the reference (the real one changes with each release).
 */
import { sha256Hex } from '../fs/digest';
import { progressBytes, type Vertex } from './progress';
import type { BuildShared } from './step-context';

/** The build cache key that records a frontend image the builder already holds. */
const frontendKey = (ref: string): string => `frontend:${ref}`;

/** `docker/dockerfile:1` → `docker.io/docker/dockerfile:1` (a digest, if given, stays). */
export function qualifyFrontend(syntax: string): string {
  const ref = syntax.trim();
  const [name = ''] = ref.split(/[:@]/);
  const first = name.split('/')[0] ?? '';
  const hasRegistry = name.includes('/') && /[.:]|^localhost$/.test(first);
  if (hasRegistry) return ref;
  return name.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/** The vertices for the frontend named by a syntax directive, or none without one. */
export function frontendVertices(shared: BuildShared, syntax: string | undefined): Vertex[] {
  if (!syntax || !syntax.trim()) return [];
  const ref = qualifyFrontend(syntax);
  const digest = ref.includes('@')
    ? ref.slice(ref.indexOf('@') + 1)
    : `sha256:${sha256Hex(`frontend:${ref}`)}`;
  const pinned = ref.includes('@') ? ref : `${ref}@${digest}`;
  const key = frontendKey(pinned);
  const held = Boolean(shared.cache[key] ?? shared.env.host.buildCache[key]);
  const resolveSeconds = 0.5 + (parseInt(digest.slice(7, 9), 16) % 5) / 10;
  const vertices: Vertex[] = [
    {
      name: `resolve image config for docker-image://${ref}`,
      logs: [],
      status: [],
      result: { kind: 'done', seconds: resolveSeconds },
    },
  ];
  const resolve = `resolve ${pinned} 0.0s done`;
  if (held) {
    vertices.push({
      name: `docker-image://${pinned}`,
      logs: [],
      // As a remote builder's log shows it: the cached resolve has no time.
      status: [`resolve ${pinned} done`],
      result: { kind: 'cached' },
    });
  } else {
    const blob = sha256Hex(`frontend-layer:${pinned}`);
    const size = 12_000_000 + (parseInt(blob.slice(0, 4), 16) % 1_000_000);
    vertices.push({
      name: `docker-image://${pinned}`,
      logs: [],
      status: [
        resolve,
        `sha256:${blob} ${progressBytes(size)} / ${progressBytes(size)} 0.3s done`,
        `extracting sha256:${blob} 0.3s done`,
      ],
      result: { kind: 'done', seconds: 0.6 },
    });
  }
  shared.cache[key] = { logs: [], durationMs: 0 };
  shared.elapsed += resolveSeconds * 1000 + (held ? 0 : 600);
  return vertices;
}
