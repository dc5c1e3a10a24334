/**
 * Apache Maven's binary distribution (apache-maven-<v>-bin.tar.gz or .zip): `apache-maven-<v>/`
 * with bin/mvn, boot/, conf/settings.xml and lib/maven-core-<v>.jar (whose name tells the mvn
 * model its version). The Maven Wrapper installs it under ~/.m2/wrapper/dists; the tree form
 * is what a downloaded archive would hold, so the shell's tar could unpack it (see README).
 */
import { blobFile, emptyDir, type DirNode } from '../../fs/node';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import type { ArchiveEntry } from '../../shell/programs/archive';
import { jitter } from '../../catalog/util/hash';
import { splitBytes } from '../../catalog/util/split';

/** The distribution's files relative to its top folder, with sizes and modes. */
export function mavenDistributionFiles(
  version: string,
): { path: string; size: number; mode: number }[] {
  const spec = `bin/mvn:x=6390 bin/mvnDebug:x=1500 bin/mvn.cmd=6200 bin/m2.conf=1100 boot/plexus-classworlds-2.9.0.jar conf/settings.xml=10920 conf/logging/simplelogger.properties=1400 lib/maven-core-${version}.jar lib/maven-model-${version}.jar lib/maven-embedder-${version}.jar lib/maven-resolver-impl-1.9.24.jar lib/guava-33.2.1-jre.jar lib/ext/README.txt=146 LICENSE=17568 NOTICE=5141 README.txt=2611`;
  const entries = spec.split(' ').map((word) => {
    const m = /^(.*?)(:x)?(=(\d+))?$/.exec(word) as RegExpExecArray;
    return { path: m[1] ?? '', mode: m[2] ? 0o755 : 0o644, fixed: m[4] ? Number(m[4]) : undefined };
  });
  const spread = entries.filter((e) => e.fixed === undefined);
  const sizes = splitBytes(
    9_800_000,
    spread.map((e) => jitter(e.path, 0.3, 1.7)),
  );
  return entries.map((e) => ({
    path: e.path,
    mode: e.mode,
    size: e.fixed ?? sizes[spread.indexOf(e)] ?? 0,
  }));
}

/** The archive's one top-level member, `apache-maven-<version>`. */
export function mavenDistributionEntries(version: string): ArchiveEntry[] {
  let tree: DirNode = emptyDir();
  for (const f of mavenDistributionFiles(version))
    tree = setAt(
      tree,
      splitPath(f.path),
      blobFile(`maven-dist:${version}:${f.path}`, f.size, f.mode),
    );
  return [{ name: `apache-maven-${version}`, node: tree }];
}
