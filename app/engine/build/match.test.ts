import { describe, expect, it } from 'vitest';
import { DockerIgnore, globMatch } from './match';

describe('globMatch (filepath.Match)', () => {
  it('does not let * cross a directory separator', () => {
    expect(globMatch('*.txt', 'a.txt')).toBe(true);
    expect(globMatch('*.txt', 'dir/a.txt')).toBe(false);
    expect(globMatch('dir/*.txt', 'dir/a.txt')).toBe(true);
  });

  it('supports ? and character classes with negation', () => {
    expect(globMatch('file?.py', 'file1.py')).toBe(true);
    expect(globMatch('[a-c]*.py', 'b.py')).toBe(true);
    expect(globMatch('[^a-c]*.py', 'b.py')).toBe(false);
  });
});

describe('DockerIgnore', () => {
  // Recorded from Docker: app/engine/fixtures/docker/build-dockerignore.txt
  const ignore = new DockerIgnore('*.log\nsecret/\nnode_modules\n');

  it('excludes what the recorded .dockerignore excluded and keeps the rest', () => {
    expect(ignore.excludes('debug.log')).toBe(true);
    expect(ignore.excludes('secret/key')).toBe(true);
    expect(ignore.excludes('node_modules/dep/index.js')).toBe(true);
    expect(ignore.excludes('docs/readme.md')).toBe(false);
    expect(ignore.excludes('Dockerfile')).toBe(false);
    expect(ignore.excludes('.dockerignore')).toBe(false);
  });

  it('matches any depth with ** and lets a later ! rule re-include', () => {
    const rules = new DockerIgnore('**/*.pyc\n*.md\n!README.md\n# comment\n');
    expect(rules.excludes('a/b/c.pyc')).toBe(true);
    expect(rules.excludes('c.pyc')).toBe(true);
    expect(rules.excludes('notes.md')).toBe(true);
    expect(rules.excludes('README.md')).toBe(false);
  });

  it('treats a pattern with a leading slash as relative to the context root', () => {
    expect(new DockerIgnore('/build').excludes('build/out.js')).toBe(true);
  });
});
