/**
 * The description `apk update` prints before each repository's URL: the APKINDEX's
 * DESCRIPTION, which Alpine's builders set to `git describe` of aports when they built the
 * index (`v3.22.1-326-ge10f1967b2c`, the 326th commit after the v3.22.1 tag). Layercake does
 * not know the snapshot, so it names the point release the branch was at: the image's own
 * (/etc/alpine-release) for its branch, the branch's last point release as of late 2025 for
 * another one. Indexes it cannot place print no line: edge (whose descriptions are dated,
 * `v20260805-2643-g…`) and third-party repositories (what nginx.org's index says is not known).
 */
import { release } from '../../catalog/standin/releases';

/** Third-party repositories laid out as Alpine's (nginx.org's packages). */
const THIRD_PARTY = /^https?:\/\/nginx\.org\//;

export function indexDescription(repo: string, alpineRelease: string): string | undefined {
  const branch = /\/v(\d+\.\d+)\//.exec(`${repo}/`)?.[1];
  if (!branch || THIRD_PARTY.test(repo)) return undefined;
  if (alpineRelease.split('.').slice(0, 2).join('.') === branch) return `v${alpineRelease}`;
  const point = release(`alpine${branch}`)?.version;
  return point ? `v${point}` : undefined;
}

export const SNAPSHOT_NOTE =
  "apk update names each index by its branch's point release (v3.22.2); a real index's description adds the aports snapshot it was built from (v3.22.2-<commits>-g<hash>), which Layercake does not model.";
