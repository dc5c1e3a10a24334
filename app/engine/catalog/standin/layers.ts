/**
 * Building a stand-in's layers from short lists: packages to install with apt or apk (the
 * base's own dpkg or apk database is carried from layer to layer) and files given as compact
 * path lists with a byte budget spread over them deterministically.
 */
import { utf8Length } from '../../fs/node';
import { installApks } from '../rootfs/alpine';
import { installDebs, installForeignDebs } from '../rootfs/dpkg';
import { aptInstallLayer } from '../images/apt-layer';
import type { BaseImage } from '../images/base';
import { layerBlob, lazy } from '../images/layer';
import type { ApkBase, DebBase, World } from '../images/world';
import type { LayerBlob, Package, PackageFile } from '../types';
import { jitter } from '../util/hash';
import { splitBytes } from '../util/split';
import { TreeBuilder } from '../util/tree-builder';

/** The top of a stand-in under construction: its newest layer and the package database. */
export interface Stage {
  blob: LayerBlob;
  deb?: DebBase;
  apk?: ApkBase;
  /** Alpine's /etc/apk/world: the packages asked for by name. */
  apkWorld?: string[];
}

/**
 * "bin/ruby:x lib/libruby.so.3.3->libruby.so.3.3.6 lib/ruby/3.3.0/" under a prefix, with
 * `total` bytes spread over the plain files (`:x` executable, `=N` a fixed size, `->` a
 * link, a trailing `/` a directory).
 */
export function spreadFiles(prefix: string, spec: string, total: number): PackageFile[] {
  const out: PackageFile[] = [];
  const spread: PackageFile[] = [];
  for (const word of spec.trim().split(/\s+/)) {
    const [pathPart = '', target] = word.split('->');
    const path = pathPart.startsWith('/') ? pathPart : `${prefix}/${pathPart}`;
    if (target !== undefined) {
      out.push({ path, size: target.length, link: target });
      continue;
    }
    if (path.endsWith('/')) {
      out.push({ path, size: 0 });
      continue;
    }
    const m = /^(.*?)(:x)?(=(\d+))?$/.exec(path) as RegExpExecArray;
    const file: PackageFile = {
      path: m[1] as string,
      size: Number(m[4] ?? 0),
      mode: m[2] ? 0o755 : 0o644,
    };
    if (!m[4]) spread.push(file);
    out.push(file);
  }
  const sizes = splitBytes(
    total,
    spread.map((f) => jitter(f.path, 0.3, 1.7)),
  );
  spread.forEach((f, i) => (f.size = sizes[i] ?? 0));
  return out;
}

export function textFile(path: string, text: string, mode = 0o644): PackageFile {
  return { path, size: utf8Length(text), text, mode };
}

export interface LayerSpec {
  deb?: string[];
  /** Packages from a third-party apt repository (nginx.org's), installed after `deb`. */
  foreign?: Package[];
  apk?: string[];
  files?: PackageFile[];
  /** Makes the layer's blob ids unique to the image and step. */
  seed: string;
}

/** The stage a base image ends with. */
export function baseStage(base: BaseImage): () => Stage {
  return lazy((): Stage => {
    const deb = base.deb?.();
    const apk = base.apk?.();
    const blob = deb?.blob ?? apk?.blob ?? base.top?.();
    if (!blob) throw new Error('a base image without layers');
    return {
      blob,
      ...(deb ? { deb } : {}),
      ...(apk ? { apk, apkWorld: BASE_WORLD } : {}),
    };
  });
}

/** One RUN or COPY layer on top of `below`. */
export function layerOn(world: World, below: () => Stage, spec: LayerSpec): () => Stage {
  return lazy((): Stage => {
    const prev = below();
    const place = (builder: TreeBuilder) => {
      if (spec.files) builder.packageFiles(spec.files, `standin:${spec.seed}`);
    };
    if (prev.deb && spec.deb && spec.deb.length > 0 && !spec.foreign) {
      const deb = aptInstallLayer(prev.deb, spec.deb, { extra: place });
      return { blob: deb.blob, deb, ...(prev.apk ? { apk: prev.apk } : {}) };
    }
    const builder = new TreeBuilder();
    let apk = prev.apk;
    let apkWorld = prev.apkWorld;
    if (apk && spec.apk && spec.apk.length > 0) {
      const next = installApks(builder, world.apk, apk.installed, spec.apk, apk.db);
      apkWorld = [...new Set([...(apkWorld ?? BASE_WORLD), ...spec.apk])].sort();
      builder.text('/etc/apk/world', apkWorld.join('\n') + '\n');
      apk = { blob: apk.blob, installed: next.installed, db: next.db };
    }
    let deb = prev.deb;
    if (deb && spec.deb && spec.deb.length > 0) {
      deb = { blob: deb.blob, system: installDebs(builder, deb.system, spec.deb) };
    }
    if (deb && spec.foreign) {
      deb = { blob: deb.blob, system: installForeignDebs(builder, deb.system, spec.foreign) };
    }
    place(builder);
    const blob = layerBlob(builder.build());
    return {
      blob,
      ...(deb ? { deb } : {}),
      ...(apk ? { apk: { ...apk, blob } } : {}),
      ...(apkWorld ? { apkWorld } : {}),
    };
  });
}

const BASE_WORLD = [
  'alpine-baselayout',
  'alpine-keys',
  'alpine-release',
  'apk-tools',
  'busybox',
  'libc-utils',
];
