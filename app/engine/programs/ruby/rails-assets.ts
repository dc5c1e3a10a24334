/**
 * `rails assets:precompile` (and `assets:clobber`): the app's assets and the JavaScript of
 * its gems (turbo-rails, stimulus-rails, Action Cable, Active Storage, Action Text) written
 * to public/assets with digests in their names. Propshaft writes `.manifest.json` and prints
 * nothing; Sprockets compiles what app/assets/config/manifest.js links (`sprockets-links.ts`),
 * the manifest first, writes `.sprockets-manifest-<hex>.json` and logs each file it writes,
 * the gzipped copy of each text asset too.
 */
import type { ProgramIO } from '../../shell/program';
import { basename } from '../../fs/path';
import {
  isFile,
  readText,
  removeTree,
  walkFiles,
  writeBlob,
  writeText,
} from '../common/fs-helpers';
import { base64OfHex, sha256Hex } from '../common/hash';
import { openProject } from './bundle-project';
import type { RubyEnv } from './ruby-env';
import {
  compiledManifestSize,
  LINK_MANIFEST,
  linkedFiles,
  logicalPath,
  type SourceFile,
} from './sprockets-links';

interface Asset {
  /** Logical path: "application.css", "turbo.min.js". */
  logical: string;
  size: number;
}

function digested(logical: string, hex: string): string {
  const dot = logical.lastIndexOf('.');
  return dot < 0 ? `${logical}-${hex}` : `${logical.slice(0, dot)}-${hex}${logical.slice(dot)}`;
}

/** Assets Sprockets does not gzip: images and fonts. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|bmp|woff2?|ttf|otf|eot)$/i;

/**
 * The app's own sources: with Sprockets 4's link manifest, the manifest and what it links;
 * otherwise (Propshaft, or Sprockets without one) every file of the asset paths.
 */
function appSources(io: ProgramIO, root: string, sprockets: boolean): SourceFile[] {
  const linkManifest = `${root}/${LINK_MANIFEST}`;
  if (sprockets && isFile(io.fs, linkManifest))
    return [
      { path: linkManifest, size: compiledManifestSize(readText(io.fs, linkManifest) ?? '') },
      ...linkedFiles(io.fs, root),
    ];
  return [`${root}/app/assets`, `${root}/app/javascript`, `${root}/vendor/javascript`].flatMap(
    (base) => walkFiles(io.fs, base),
  );
}

export function railsAssets(io: ProgramIO, ruby: RubyEnv, root: string, clobber: boolean): number {
  const out = `${root}/public/assets`;
  if (clobber) {
    removeTree(io.fs, out);
    return 0;
  }
  const project = openProject(io.fs, { ...io.env, BUNDLE_GEMFILE: `${root}/Gemfile` }, root, ruby);
  const locked = new Set(project?.lockfile?.specs.map((s) => s.name) ?? []);
  const sprockets = locked.has('sprockets') && !locked.has('propshaft');
  const assets: Asset[] = appSources(io, root, sprockets).flatMap((f) => {
    const logical = logicalPath(io.fs, root, f.path);
    return logical === undefined || basename(logical).startsWith('.')
      ? []
      : [{ logical, size: f.size }];
  });
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
  const manifest: Record<string, string> = {};
  const files: Record<string, object> = {};
  const mtime = new Date(io.now).toISOString().replace(/\.\d+Z$/, '+00:00');
  for (const asset of assets) {
    const hex = sha256Hex(`${asset.logical}:${asset.size}`);
    const name = digested(asset.logical, sprockets ? hex : hex.slice(0, 8));
    manifest[asset.logical] = name;
    files[name] = {
      logical_path: asset.logical,
      mtime,
      size: asset.size,
      digest: hex,
      integrity: `sha256-${base64OfHex(hex)}`,
    };
    writeBlob(io.fs, `${out}/${name}`, `asset:${hex}`, asset.size);
    if (sprockets) {
      const stamp = new Date(io.now).toISOString().replace('Z', '000');
      io.stdout(`I, [${stamp} #1]  INFO -- : Writing ${out}/${name}\n`);
      // Sprockets gzips text assets (those with a charset), not images or fonts.
      if (!BINARY.test(name)) {
        io.stdout(`I, [${stamp} #1]  INFO -- : Writing ${out}/${name}.gz\n`);
        writeBlob(io.fs, `${out}/${name}.gz`, `asset:${hex}.gz`, Math.round(asset.size * 0.3));
      }
    }
  }
  // Sprockets' manifest describes each file and maps logical paths; Propshaft's only maps.
  const json = JSON.stringify(sprockets ? { files, assets: manifest } : manifest);
  writeText(
    io.fs,
    sprockets
      ? `${out}/.sprockets-manifest-${sha256Hex(json).slice(0, 32)}.json`
      : `${out}/.manifest.json`,
    sprockets ? json : `${json}\n`,
  );
  io.spend(1_500 + assets.length * 40);
  return 0;
}
