/**
 * `rails assets:precompile` (and `assets:clobber`): the app's assets and the JavaScript of
 * its gems (turbo-rails, stimulus-rails, Action Cable, Active Storage, Action Text) written
 * to public/assets with digests in their names. Propshaft writes `.manifest.json` and prints
 * nothing; Sprockets writes `.sprockets-manifest-<hex>.json` and logs each file it writes.
 */
import type { ProgramIO } from '../../shell/program';
import { basename } from '../../fs/path';
import { removeTree, walkFiles, writeBlob, writeText } from '../common/fs-helpers';
import { sha256Hex } from '../common/hash';
import { openProject } from './bundle-project';
import type { RubyEnv } from './ruby-env';

interface Asset {
  /** Logical path: "application.css", "turbo.min.js". */
  logical: string;
  size: number;
}

function digested(logical: string, hex: string): string {
  const dot = logical.lastIndexOf('.');
  return dot < 0 ? `${logical}-${hex}` : `${logical.slice(0, dot)}-${hex}${logical.slice(dot)}`;
}

export function railsAssets(io: ProgramIO, ruby: RubyEnv, root: string, clobber: boolean): number {
  const out = `${root}/public/assets`;
  if (clobber) {
    removeTree(io.fs, out);
    return 0;
  }
  const project = openProject(io.fs, { ...io.env, BUNDLE_GEMFILE: `${root}/Gemfile` }, root, ruby);
  const locked = new Set(project?.lockfile?.specs.map((s) => s.name) ?? []);
  const assets: Asset[] = [];
  for (const base of [
    `${root}/app/assets`,
    `${root}/app/javascript`,
    `${root}/vendor/javascript`,
  ]) {
    for (const file of walkFiles(io.fs, base)) {
      const rel = file.path
        .slice(base.length + 1)
        .replace(/^(stylesheets|javascripts|images|builds)\//, '');
      if (basename(rel).startsWith('.')) continue;
      assets.push({ logical: rel, size: file.size });
    }
  }
  // Gem assets live in each gem's app/assets; the bundle's gem dir holds them.
  if (project) {
    for (const file of walkFiles(io.fs, `${project.dirs.dir}/gems`)) {
      const m = /\/gems\/([^/]+)-[\d.]+[^/]*\/app\/assets\/(?:javascripts|stylesheets)\/(.+)$/.exec(
        file.path,
      );
      if (m && locked.has(m[1] as string))
        assets.push({ logical: m[2] as string, size: file.size });
    }
  }
  const sprockets = locked.has('sprockets') && !locked.has('propshaft');
  const manifest: Record<string, string> = {};
  for (const asset of assets) {
    const hex = sha256Hex(`${asset.logical}:${asset.size}`);
    const name = digested(asset.logical, sprockets ? hex : hex.slice(0, 8));
    manifest[asset.logical] = name;
    writeBlob(io.fs, `${out}/${name}`, `asset:${hex}`, asset.size);
    if (sprockets) {
      const stamp = new Date(io.now).toISOString().replace('Z', '000');
      io.stdout(`I, [${stamp} #1]  INFO -- : Writing ${out}/${name}\n`);
      writeBlob(io.fs, `${out}/${name}.gz`, `asset:${hex}.gz`, Math.round(asset.size * 0.3));
    }
  }
  const json = `${JSON.stringify(manifest)}\n`;
  writeText(
    io.fs,
    sprockets
      ? `${out}/.sprockets-manifest-${sha256Hex(json).slice(0, 32)}.json`
      : `${out}/.manifest.json`,
    json,
  );
  io.spend(1_500 + assets.length * 40);
  return 0;
}
