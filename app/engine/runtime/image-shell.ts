/**
 * Which shell `/bin/sh` is in a container, read from its files as the kernel would find it:
 * the program the /bin/sh link resolves to. It decides whether a `sh -c` main stays above
 * its command (dash) or execs it (BusyBox's ash, bash): see process-tree-launch.ts.
 * BusyBox and Alpine link it to busybox, Debian and Ubuntu to dash, Fedora, CentOS, Rocky,
 * Amazon Linux and UBI to bash.
 */
import type { FileSystem } from '../fs/filesystem';
import { basename } from '../fs/path';
import type { Container } from '../host/containers';
import { shellFlavourOfImage, type ShellFlavour } from './process-tree-launch';

const BY_PROGRAM: Record<string, ShellFlavour> = {
  busybox: 'ash',
  ash: 'ash',
  dash: 'dash',
  bash: 'bash',
};

/** The flavour of the image's /bin/sh, or undefined when its files cannot tell (no /bin/sh, or a plain file). */
export function shellOfFs(fs: FileSystem): ShellFlavour | undefined {
  const found = fs.stat('/bin/sh');
  if (!found.ok || found.value.node.kind !== 'file') return undefined;
  return BY_PROGRAM[basename(found.value.path)];
}

/** The flavour from the files, else guessed from the image's name. */
export function imageShell(fs: FileSystem, imageRef: string): ShellFlavour {
  return shellOfFs(fs) ?? shellFlavourOfImage(imageRef);
}

/**
 * The shell a container's main started under: what start recorded from its files, else what
 * `fs` (the container's files now, when the caller has them open) says, else the name's guess.
 */
export function containerShell(c: Container, fs?: FileSystem): ShellFlavour {
  return c.shell ?? (fs && shellOfFs(fs)) ?? shellFlavourOfImage(c.imageRef);
}
