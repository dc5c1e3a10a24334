/**
 * What every reference resolves to, recorded: for a broad sweep of tags of every repository
 * (each line by its key, newest and an older point release, aliases, bare majors; each variant;
 * each release word and none), a short hash of the image it gives (manifest digest, which
 * covers config and history; each layer's digest and sizes; tags, note, description). A
 * refactor of the stand-ins must leave this file unchanged; a change meant to alter images
 * re-records it (`npx vitest run app/engine/catalog/standin/fingerprints.test.ts -u`) and the
 * diff shows which references moved.
 */
import { expect, it } from 'vitest';
import { sha256Hex } from '../../fs/digest';
import type { CatalogImage } from '../types';
import { buildCatalog } from '../world';
import type { Grammar, Line } from './grammar';
import { REPOS } from './repos';

/** "3.11.14" → "3.11.13"; "13.2" → "13.1"; undefined when the last part is 0 or not a number. */
function olderPoint(full: string): string | undefined {
  const parts = full.split('.');
  const last = Number(parts[parts.length - 1]);
  if (parts.length < 2 || !Number.isInteger(last) || last <= 0) return undefined;
  return [...parts.slice(0, -1), String(last - 1)].join('.');
}

/** The words that name a line: its key, newest and an older release, aliases and a bare major. */
function versionWords(grammar: Grammar, line: Line): string[] {
  const words = new Set([line.key, line.full]);
  const older = olderPoint(line.full);
  if (older) words.add(older);
  for (const [alias, key] of Object.entries(grammar.aliases ?? {}))
    if (key === line.key) words.add(alias);
  const major = line.key.split('.')[0] ?? '';
  const newestOfMajor = grammar.lines.find((l) => l.key === major || l.key.startsWith(`${major}.`));
  if (newestOfMajor === line) words.add(major);
  if (grammar.versionless && grammar.lines[0] === line) words.add('');
  return [...words];
}

function sweepTags(grammar: Grammar): string[] {
  const tags = new Set<string>();
  for (const line of grammar.lines)
    for (const version of versionWords(grammar, line))
      for (const variant of grammar.variants)
        for (const release of ['', 'alpine', ...line.releases, ...line.alpine]) {
          const words = grammar.releaseFirst
            ? [version, release, variant]
            : [version, variant, release];
          tags.add(words.filter(Boolean).join('-') || 'latest');
        }
  return [...tags];
}

function fingerprint(image: CatalogImage): string {
  const what = JSON.stringify({
    repository: image.repository,
    tags: image.tags,
    manifest: image.manifestDigest,
    layers: image.layers.map((l) => [l.diffId, l.digest, l.size, l.compressedSize]),
    userland: image.userland,
    distro: image.distro,
    description: image.description,
    approximate: image.approximate,
  });
  return sha256Hex(what).slice(0, 16);
}

it('resolves every swept reference to the image it resolved to when recorded', async () => {
  const catalog = buildCatalog();
  const seen = new Map<CatalogImage, string>();
  const print = (image: CatalogImage) => {
    let known = seen.get(image);
    if (!known) seen.set(image, (known = fingerprint(image)));
    return known;
  };
  const out: string[] = [];
  for (const image of catalog.images())
    for (const tag of image.tags) out.push(`catalog ${image.repository}:${tag} ${print(image)}`);
  for (const repo of REPOS)
    for (const tag of sweepTags(repo.grammar)) {
      const found = catalog.resolve?.(repo.repository, tag);
      const result = found === undefined ? 'none' : found.ok ? print(found.image) : found.reason;
      out.push(`${repo.repository}:${tag} ${result}`);
    }
  expect(seen.size).toBeGreaterThan(1000);
  await expect(out.join('\n') + '\n').toMatchFileSnapshot('./fingerprints.txt');
}, 240_000);
