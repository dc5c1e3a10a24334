import { describe, expect, it } from 'vitest';
import { emptyDir, symlink, textFile, type DirNode, type FileNode } from '../fs/node';
import { splitPath } from '../fs/path';
import { setAt } from '../fs/tree';
import { resolveSources } from './copy';

/** A Debian-like stage: /bin -> usr/bin, a binary built into it, a link to that binary. */
function debianStage(): DirNode {
  let root = emptyDir();
  root = setAt(root, splitPath('/usr/bin/server'), textFile('ELF', 0o755));
  root = setAt(root, splitPath('/bin'), symlink('usr/bin'));
  root = setAt(root, splitPath('/usr/bin/app'), symlink('/usr/bin/server'));
  root = setAt(root, splitPath('/usr/bin/gone'), symlink('nowhere'));
  return root;
}

describe('COPY source paths through symlinks', () => {
  it('finds a file under a symlinked directory (/bin -> usr/bin)', () => {
    const found = resolveSources(debianStage(), ['/bin/server']);
    expect(found.ok && found.sources[0]?.node.kind).toBe('file');
    expect(found.ok && found.sources[0]?.path).toBe('/bin/server');
  });

  it('copies what a symlink named as the source points to, absolute links inside the root', () => {
    const found = resolveSources(debianStage(), ['/bin/app']);
    expect(found.ok && (found.sources[0]?.node as FileNode).text).toBe('ELF');
  });

  it('a dangling symlink is not found', () => {
    expect(resolveSources(debianStage(), ['/usr/bin/gone'])).toEqual({
      ok: false,
      missing: '/usr/bin/gone',
    });
  });
});
