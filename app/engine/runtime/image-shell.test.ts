import { describe, expect, it } from 'vitest';
import { blobFile, emptyDir, symlink } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import type { Container } from '../host/containers';
import { containerShell, imageShell, shellOfFs } from './image-shell';

/** An image whose /bin/sh links to `target` (and that program exists where the link points). */
function image(target: string, program: string): OverlayFs {
  const fs = new OverlayFs([emptyDir()]);
  fs.mkdir('/bin', { parents: true });
  fs.mkdir('/usr/bin', { parents: true });
  fs.putTree(program, blobFile(`${program}:x86_64`, 1000, 0o755));
  fs.putTree('/bin/sh', symlink(target));
  return fs;
}

describe('which shell /bin/sh is', () => {
  it('follows the link to the program, as the kernel does', () => {
    expect(shellOfFs(image('busybox', '/bin/busybox'))).toBe('ash');
    expect(shellOfFs(image('/bin/busybox', '/bin/busybox'))).toBe('ash');
    expect(shellOfFs(image('dash', '/bin/dash'))).toBe('dash');
    expect(shellOfFs(image('/usr/bin/bash', '/usr/bin/bash'))).toBe('bash');
  });

  it('reads the files, not the name: an alpine-named image whose sh is dash is dash', () => {
    expect(imageShell(image('dash', '/bin/dash'), 'my/alpine-tools')).toBe('dash');
    expect(imageShell(image('busybox', '/bin/busybox'), 'debian:12')).toBe('ash');
  });

  it('falls back to the image name only when the files cannot tell', () => {
    const none = new OverlayFs([emptyDir()]);
    expect(shellOfFs(none)).toBeUndefined();
    expect(imageShell(none, 'alpine:3.20')).toBe('ash');
    expect(imageShell(none, 'debian:12')).toBe('dash');
    // A dangling link names no program.
    expect(shellOfFs(image('/bin/missing', '/bin/dash'))).toBeUndefined();
  });
});

describe('a container’s shell', () => {
  const bare = { imageRef: 'alpine:3.20' } as Container;

  it('is what start recorded, then what the open files say, then the name’s guess', () => {
    const dash = image('dash', '/bin/dash');
    expect(containerShell({ ...bare, shell: 'bash' }, dash)).toBe('bash');
    expect(containerShell(bare, dash)).toBe('dash');
    expect(containerShell(bare, new OverlayFs([emptyDir()]))).toBe('ash');
  });
});
