/**
 * Everything heavy, in one module that index.ts imports dynamically: the package data, the
 * image descriptions, and the assembled catalog. Bundlers put it (and the data modules) in a
 * chunk of its own, so first paint does not wait for it.
 */
import apk322 from './data/apk/apk-322';
import apk322Dev from './data/apk/apk-322-dev';
import goLines from './data/lang/go';
import npmLines from './data/lang/npm';
import npmReleases from './data/lang/npm-releases';
import npmTrees from './data/lang/npm-trees';
import pypiLines from './data/lang/pypi';
import rubygemsLines from './data/lang/rubygems';
import { ApkArchive, parseApkLines } from './apk/packages';
import { createCatalog } from './catalog';
import { nginxOrgRepositories } from './deb/nginx-org';
import { loadDebWorld } from './deb/world';
import { parseGoLines } from './ecosystems/gomod';
import { addNpmTrees, parseNpmLines, parseNpmReleases } from './ecosystems/npm';
import { parsePypiLines } from './ecosystems/pypi';
import { parseGemLines } from './ecosystems/rubygems';
import { buildpackDeps } from './images/buildpack-deps';
import { distroImages } from './images/distros';
import { golangImages } from './images/golang';
import { nginxImages } from './images/nginx';
import { nodeImages } from './images/node';
import { pythonImages } from './images/python';
import { World } from './images/world';
import { createResolver, WELL_KNOWN } from './standin';
import type { Catalog } from './types';

export function buildCatalog(): Catalog {
  const deb = loadDebWorld();
  const apk = new ApkArchive(parseApkLines(`${apk322}\n${apk322Dev}`));
  const aptRepositories = nginxOrgRepositories();
  const world = new World(deb, apk, aptRepositories);
  const buildpack = buildpackDeps(world);
  return createCatalog({
    deb,
    apk,
    pypi: parsePypiLines(pypiLines),
    npm: addNpmTrees(parseNpmLines(npmLines), npmTrees),
    npmReleases: parseNpmReleases(npmReleases),
    go: parseGoLines(goLines),
    rubygems: parseGemLines(rubygemsLines),
    aptRepositories,
    standIns: (images, exact) => createResolver(world, images, exact),
    wellKnown: WELL_KNOWN,
    images: [
      ...distroImages(world),
      buildpack.scmSpec,
      buildpack.spec,
      ...pythonImages(world),
      ...nodeImages(world),
      ...nginxImages(world),
      ...golangImages(world),
    ],
  });
}
