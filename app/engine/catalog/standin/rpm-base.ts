/**
 * The base layer of an RPM distribution image (centos, rockylinux, almalinux, fedora,
 * amazonlinux, ubi, oraclelinux), generated from its release (../rpm/releases.ts): the
 * usr-merged tree, the tools of its kind (yum, dnf or microdnf; ubi-micro has none), the
 * release's os-release and release file, its repository files, and an rpm database that
 * lists the base packages, so dnf, yum and rpm in ../../programs/rpm see what is installed.
 * One layer, as the vendors ship them. oraclelinux:9-slim is the mysql images' own base
 * (oraclelinux.ts) and stays that layer.
 */
import type { BaseImage } from '../images/base';
import { layerBlob, lazy } from '../images/layer';
import { sha256Hex } from '../../fs/digest';
import { TreeBuilder } from '../util/tree-builder';
import { rpmPackage } from '../rpm/packages';
import { minimalBase, type RpmRelease, type RpmTool } from '../rpm/releases';
import { encodeRpmdb, headerBytes, rpmdbPath, rpmdbSize, type RpmdbEntry } from '../rpm/rpmdb';
import { repoFiles } from '../rpm/repo-files';
import { elSkeleton, OL_GROUP, OL_PASSWD } from './oraclelinux';
import { spreadFiles } from './layers';

export type RpmKind = RpmTool | 'micro';

export interface RpmBaseSpec {
  release: RpmRelease;
  kind: RpmKind;
  /** Uncompressed bytes of the real image. */
  bytes: number;
  created: string;
  /** Seeds the ADD row's file digest. */
  seed: string;
}

const TOOLS =
  'ls cat cp mv rm mkdir rmdir chmod chown ln id env sleep echo head tail sort uniq wc tr cut date touch basename dirname readlink stat true false test mktemp nproc';

/** Executables by kind: what `docker run IMAGE yum` finds or not. */
function toolFiles(kind: RpmKind): string {
  if (kind === 'yum3')
    return '/usr/bin/yum:x /usr/bin/rpm:x /usr/lib/python2.7/site-packages/yum/__init__.py /usr/bin/python2.7:x /usr/bin/python->python2 /usr/bin/python2->python2.7';
  if (kind === 'dnf4')
    return '/usr/bin/dnf-3:x /usr/bin/dnf->dnf-3 /usr/bin/yum->dnf-3 /usr/bin/rpm:x /usr/lib64/libdnf.so.2:x /usr/lib64/librpm.so.9:x /usr/lib64/libsolv.so.1:x';
  if (kind === 'microdnf')
    return '/usr/bin/microdnf:x /usr/bin/rpm:x /usr/lib64/libdnf.so.2:x /usr/lib64/librpm.so.9:x /usr/lib64/libsolv.so.1:x';
  return '';
}

/** The rpm database of the base: the catalog's versions of the base packages. */
export function baseRpmdb(release: RpmRelease, kind: RpmKind): RpmdbEntry[] {
  const names = kind === 'microdnf' ? minimalBase() : kind === 'micro' ? [] : release.base;
  const entries: RpmdbEntry[] = [];
  for (const name of names) {
    const pkg = rpmPackage(release.family, name, release.fedora);
    if (pkg) entries.push({ name, evr: pkg.evr, arch: pkg.arch, bytes: headerBytes(pkg) });
  }
  return entries;
}

export function rpmBaseLayer(spec: RpmBaseSpec) {
  return lazy(() => {
    const { release, kind } = spec;
    const b = new TreeBuilder();
    elSkeleton(b, ['usr/local/bin']);
    const tools = TOOLS.split(' ')
      .map((t) => `/usr/bin/${t}->coreutils`)
      .join(' ');
    b.packageFiles(
      spreadFiles(
        '',
        `/usr/bin/bash:x /usr/bin/coreutils:x /usr/bin/grep:x /usr/bin/sed:x /usr/bin/gawk:x /usr/bin/find:x /usr/bin/xargs:x /usr/bin/gzip:x /usr/sbin/ldconfig:x
         ${kind === 'micro' ? '' : '/usr/bin/tar:x /usr/sbin/groupadd:x /usr/sbin/useradd:x /usr/bin/curl:x'}
         /usr/lib64/libc.so.6:x /usr/lib64/ld-linux-x86-64.so.2:x /usr/lib64/libm.so.6:x /usr/lib64/libz.so.1:x /usr/lib64/libstdc++.so.6:x
         /usr/share/zoneinfo/UTC /usr/share/locale/locale.alias /usr/lib/locale/C.utf8/LC_CTYPE /etc/pki/tls/certs/ca-bundle.crt
         /usr/bin/sh->bash /usr/bin/awk->gawk ${tools} ${toolFiles(kind)}`,
        Math.max(1_000_000, spec.bytes - (kind === 'micro' ? 0 : release.rpmdbBytes)),
      ),
      spec.seed,
    );
    b.text('/etc/os-release', release.osRelease);
    b.text(release.releaseFile.path, release.releaseFile.text);
    if (release.releaseFile.path !== '/etc/redhat-release' && release.releaseFile.redhatLink)
      b.link('/etc/redhat-release', release.releaseFile.path.slice(5));
    if (release.releaseFile.path !== '/etc/system-release')
      b.link('/etc/system-release', release.releaseFile.path.slice(5));
    b.text('/etc/passwd', OL_PASSWD).text('/etc/group', OL_GROUP);
    if (kind !== 'micro') {
      for (const [name, text] of Object.entries(repoFiles(release.id)))
        b.text(`/etc/yum.repos.d/${name}`, text);
      const varsDir = kind === 'yum3' ? '/etc/yum/vars' : '/etc/dnf/vars';
      for (const [name, value] of Object.entries(release.vars ?? {}))
        b.text(`${varsDir}/${name}`, `${value}\n`);
      if (kind === 'yum3')
        b.text(
          '/etc/yum.conf',
          '[main]\ncachedir=/var/cache/yum/$basearch/$releasever\nkeepcache=0\ndebuglevel=2\nlogfile=/var/log/yum.log\nexactarch=1\nobsoletes=1\ngpgcheck=1\nplugins=1\ninstallonly_limit=5\n',
        );
      else
        b.text(
          '/etc/dnf/dnf.conf',
          '[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\nbest=True\nskip_if_unavailable=False\ntsflags=nodocs\n',
        );
      const entries = baseRpmdb(release, kind);
      b.blob(rpmdbPath(release), encodeRpmdb(entries), rpmdbSize(release, entries));
      b.dir(kind === 'yum3' ? '/var/lib/yum' : '/var/lib/dnf');
    }
    return layerBlob(b.build());
  });
}

/** A base image of one layer: ADD of the vendor's rootfs tarball and CMD ["/bin/bash"]. */
export function rpmBase(spec: RpmBaseSpec): BaseImage {
  const layer = rpmBaseLayer(spec);
  return {
    rows: [
      {
        createdBy: `/bin/sh -c #(nop) ADD file:${sha256Hex(spec.seed)} in / `,
        created: spec.created,
        layer,
      },
      { createdBy: '/bin/sh -c #(nop)  CMD ["/bin/bash"]', created: spec.created },
    ],
    distro: 'trixie',
    userland: 'gnu',
    release: spec.release.id,
    version: spec.release.releasever,
    top: layer,
  };
}
