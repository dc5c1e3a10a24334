/**
 * A stand-in image from a base and a list of rows in the official Dockerfile's order:
 * metadata rows (ENV, CMD, EXPOSE...) and layer rows (RUN, COPY) that install packages and
 * place files. The history reads as BuildKit writes it.
 */
import type { Userland } from '../../shell/program';
import type { BaseImage } from '../images/base';
import { BUILDKIT, type HistoryRow, type ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { CatalogImage, ImageConfig } from '../types';
import { baseStage, layerOn, type LayerSpec, type Stage } from './layers';
import { RELEASES } from './releases';

export type Row = string | ({ by: string } & Omit<LayerSpec, 'seed'>);

export interface StandInDef {
  repository: string;
  /**
   * The image's canonical reference ("ruby:3.3.10-slim-trixie", whatever spelling asked for
   * it): it seeds the layers' contents, so every spelling gives the same digests.
   */
  reference: string;
  created: string;
  base: BaseImage;
  config: ImageConfig;
  rows: Row[];
  /** What the note says is modelled ("Ruby 3.3.10 on Debian trixie"). */
  what: string;
  description?: string;
  userland?: Userland;
  distro?: CatalogImage['distro'];
}

/** `RUN /bin/sh -c <cmd> # buildkit`, as BuildKit records a shell-form RUN. */
export function run(cmd: string): string {
  return `RUN /bin/sh -c ${cmd} # buildkit`;
}

export function copy(args: string): string {
  return `COPY ${args} # buildkit`;
}

/** What a stand-in approximates; the registry puts "Layercake models <reference> approximately: " first. */
export function approximateNote(what: string, base?: BaseImage): string {
  const rel = base && RELEASES.get(base.release);
  let generated = '';
  if (rel && !rel.exact && rel.family === 'alpine') {
    generated = ` Its Alpine ${rel.version} base is generated from Alpine 3.22's package data (its own release files and base package versions; apk installs 3.22's packages).`;
  } else if (rel && rel.epoch !== undefined) {
    generated = ` Its ${rel.id} base is generated from ${rel.archive}'s package data (its own os-release and apt sources; apt installs ${rel.archive}'s packages).`;
  } else if (rel && !rel.exact) {
    generated = ` Its ${rel.id} base is generated from ${rel.archive}'s package data (its own os-release; apt sees ${rel.archive}'s packages and sources).`;
  }
  return `it has no copy of this image, so it stands in with ${what}, laid out as the official image is (paths, config, history) with plausible sizes.${generated} Digests are derived from the name and differ from the registry's.`;
}

export function assemble(world: World, def: StandInDef): ImageSpec {
  let below: () => Stage = baseStage(def.base);
  const rows: HistoryRow[] = [...def.base.rows];
  def.rows.forEach((row, i) => {
    if (typeof row === 'string') {
      rows.push({ createdBy: row, comment: BUILDKIT, created: def.created });
      return;
    }
    const { by, ...spec } = row;
    const stage = layerOn(world, below, { ...spec, seed: `${def.reference}#${i}` });
    below = stage;
    rows.push({
      createdBy: by,
      comment: BUILDKIT,
      created: def.created,
      layer: () => stage().blob,
    });
  });
  return {
    repository: def.repository,
    tags: [def.reference.slice(def.reference.lastIndexOf(':') + 1)],
    created: def.created,
    userland: def.userland ?? def.base.userland,
    distro: def.distro ?? def.base.distro,
    config: def.config,
    rows,
    ...(def.description ? { description: def.description } : {}),
    approximate: approximateNote(def.what, def.base),
  };
}

/** PATH with extra directories in front of the default one. */
export function pathWith(...dirs: string[]): string {
  return `PATH=${[...dirs, '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'].join(':')}`;
}

/** Human words for a release: "Debian bookworm", "Ubuntu 22.04 (jammy)", "Alpine 3.19". */
export function releaseWords(base: BaseImage): string {
  if (base.release.startsWith('alpine'))
    return `Alpine ${base.version.split('.').slice(0, 2).join('.')}`;
  if (/^\d\d\.\d\d$/.test(base.version)) return `Ubuntu ${base.version} (${base.release})`;
  return `Debian ${base.release}`;
}
