import { describe, expect, it } from 'vitest';
import { parseDockerfile, toCommand, type AddCommand, type CopyCommand } from '../dockerfile';
import { blobFile, emptyDir, textFile, type DirNode, type FileNode, type Node } from '../fs/node';
import { splitPath } from '../fs/path';
import { getAt, setAt } from '../fs/tree';
import type { Content } from '../fs/filesystem';
import { compress, encodeTar } from '../shell/programs/archive';
import { executeCopy } from './copy-step';
import { treeOfEntries, unpackedArchive } from './add-archive';

const owned = { uid: 1234, gid: 5678 };
const sub: DirNode = {
  ...emptyDir(0o755, owned),
  children: { 'b.txt': textFile('two\n', 0o644, owned) },
};
const pkg: DirNode = {
  ...emptyDir(0o700, owned),
  children: { 'a.txt': textFile('one\n', 0o644, owned), sub },
};
/** `tar --owner=1234 --group=5678 -czf bundle.tar.gz -C pkg .` */
const archive = compress(encodeTar([{ name: '.', node: pkg }]));

function command(line: string): CopyCommand | AddCommand {
  const parsed = parseDockerfile(`FROM busybox\n${line}\n`);
  if (!parsed.ok) throw new Error('parse');
  const instruction = parsed.value.instructions[1];
  if (!instruction) throw new Error('no instruction');
  const made = toCommand(instruction);
  if (!made.ok || (made.value.kind !== 'ADD' && made.value.kind !== 'COPY'))
    throw new Error('not COPY/ADD');
  return made.value;
}

/** A context file holding `content` (a blob, as archives and compressed files are). */
function blobOf(content: Content): FileNode {
  if (!('blob' in content)) throw new Error('not a blob');
  return blobFile(content.blob, content.size);
}

function run(line: string, sources: string[], dest: string): DirNode {
  let context = emptyDir();
  context = setAt(context, ['bundle.tar.gz'], blobOf(archive));
  context = setAt(context, ['notes.gz'], blobOf(compress({ text: 'hi' })));
  const out = executeCopy({
    command: command(line),
    sources,
    dest,
    sourceRoot: context,
    layers: [],
    workdir: '/',
    refId: 'r::r',
  });
  if (!out.ok) throw new Error(out.message);
  return out.upper;
}

const at = (root: DirNode, path: string): Node | undefined => getAt(root, splitPath(path));

describe('ADD of a local archive', () => {
  it('unpacks a gzipped tar into the destination, members keeping their owners', () => {
    const upper = run('ADD bundle.tar.gz /opt/bundle/', ['bundle.tar.gz'], '/opt/bundle/');
    expect(at(upper, '/opt/bundle/bundle.tar.gz')).toBeUndefined();
    const a = at(upper, '/opt/bundle/a.txt') as FileNode;
    expect([a.text, a.uid, a.gid]).toEqual(['one\n', 1234, 5678]);
    expect((at(upper, '/opt/bundle/sub/b.txt') as FileNode).text).toBe('two\n');
    // The archive's `.` entry (0700, 1234) does not restamp the directory the step makes.
    const dir = at(upper, '/opt/bundle') as DirNode;
    expect([dir.mode, dir.uid]).toEqual([0o755, 0]);
  });

  it('with --chown only the directory it makes changes owner, not the members', () => {
    const upper = run(
      'ADD --chown=1000:1000 bundle.tar.gz /opt/copy',
      ['bundle.tar.gz'],
      '/opt/copy',
    );
    expect((at(upper, '/opt/copy') as DirNode).uid).toBe(1000);
    expect((at(upper, '/opt/copy/a.txt') as FileNode).uid).toBe(1234);
  });

  it('COPY of the same archive copies the file itself', () => {
    const upper = run('COPY bundle.tar.gz /opt/copied/', ['bundle.tar.gz'], '/opt/copied/');
    expect(at(upper, '/opt/copied/bundle.tar.gz')?.kind).toBe('file');
    expect(at(upper, '/opt/copied/a.txt')).toBeUndefined();
  });

  it('a compressed file that is not a tar is copied as it is', () => {
    const upper = run('ADD notes.gz /data/', ['notes.gz'], '/data/');
    expect(at(upper, '/data/notes.gz')?.kind).toBe('file');
    expect(unpackedArchive(textFile('plain text'))).toBeUndefined();
  });
});

describe('COPY --chown', () => {
  it('gives every directory level it makes to the new owner', () => {
    const upper = run(
      'COPY --chown=1000:1000 bundle.tar.gz /new/deep/',
      ['bundle.tar.gz'],
      '/new/deep/',
    );
    expect((at(upper, '/new') as DirNode).uid).toBe(1000);
    expect((at(upper, '/new/deep') as DirNode).gid).toBe(1000);
  });
});

describe('treeOfEntries', () => {
  it('merges members named by path, making unlisted parents root-owned 0755', () => {
    const tree = treeOfEntries([
      { name: 'app/bin/tool', node: textFile('#!/bin/sh\n', 0o755, owned) },
      { name: './app/etc', node: { ...emptyDir(0o750, owned), children: {} } },
    ]);
    const app = at(tree, '/app') as DirNode;
    expect([app.mode, app.uid]).toEqual([0o755, 0]);
    expect((at(tree, '/app/bin/tool') as FileNode).mode).toBe(0o755);
    expect((at(tree, '/app/etc') as DirNode).mode).toBe(0o750);
  });
});

describe('ADD of a URL', () => {
  it('saves a stand-in of the release asset size curl would get, mode 0600, not unpacked', () => {
    const url = 'https://github.com/krallin/tini/releases/download/v0.19.0/tini';
    const upper = run(`ADD ${url} /tini`, [url], '/tini');
    const tini = at(upper, '/tini') as FileNode;
    expect([tini.size, tini.mode]).toEqual([24_064, 0o600]);
  });
});
