import { describe, expect, it } from 'vitest';
import { commandOf, errorOf } from './test-helpers';

describe('COPY', () => {
  it('reads sources, the destination and every COPY flag', () => {
    const copy = commandOf(
      'COPY',
      'FROM a\nCOPY --from=build --chown=1000:1000 --chmod=755 --link --parents ' +
        '--exclude=*.md --exclude=tmp a b /app/\n',
    );
    expect(copy).toMatchObject({
      sources: ['a', 'b'],
      dest: '/app/',
      from: 'build',
      chown: '1000:1000',
      chmod: '755',
      link: true,
      parents: true,
      excludes: ['*.md', 'tmp'],
      json: false,
    });
  });

  it('reads the JSON form, spaces in names kept', () => {
    const copy = commandOf('COPY', 'FROM a\nCOPY ["my file", "/tmp/x y"]\n');
    expect(copy).toMatchObject({ sources: ['my file'], dest: '/tmp/x y', json: true });
  });

  it('turns a heredoc source into an inline file', () => {
    const copy = commandOf('COPY', 'FROM a\nCOPY <<EOF /app/config\nkey=$V\nEOF\n');
    expect(copy.sources).toEqual([]);
    expect(copy.heredocSources).toEqual([
      { name: 'EOF', content: 'key=$V\n', expand: true, chomp: false },
    ]);
  });

  it('rejects a heredoc as the destination', () => {
    expect(errorOf('FROM a\nCOPY x <<EOF\nbody\nEOF\n').reason).toBe(
      'COPY cannot accept a heredoc as a destination',
    );
  });

  it('needs a destination', () => {
    expect(errorOf('FROM a\nCOPY x\n')).toMatchObject({
      reason:
        'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
      line: 2,
    });
  });

  it('rejects ADD-only flags, suggesting the closest COPY flag', () => {
    expect(errorOf('FROM a\nCOPY --checksum=sha256:x a b\n').reason).toBe(
      'unknown flag: --checksum',
    );
    expect(errorOf('FROM a\nCOPY --chwn=1 a b\n').reason).toBe(
      'unknown flag: --chwn (did you mean chown?)',
    );
  });

  it('rejects a repeated single-value flag and a valueless string flag', () => {
    expect(errorOf('FROM a\nCOPY --from=a --from=b x y\n').reason).toBe(
      'duplicate flag specified: --from',
    );
    expect(errorOf('FROM a\nCOPY --from x y\n').reason).toBe('missing a value on flag: --from');
  });

  it('reads boolean flags as true, true or false, and rejects other values', () => {
    expect(commandOf('COPY', 'FROM a\nCOPY --link=false x y\n').link).toBe(false);
    expect(errorOf('FROM a\nCOPY --link=yes x y\n').reason).toBe(
      'expecting boolean value for flag --link, not: yes',
    );
  });
});

describe('ADD', () => {
  it('reads --checksum and --keep-git-dir', () => {
    const add = commandOf(
      'ADD',
      'FROM a\nADD --checksum=sha256:abc --keep-git-dir=true https://x/y.tar.gz /src/\n',
    );
    expect(add).toMatchObject({
      sources: ['https://x/y.tar.gz'],
      dest: '/src/',
      checksum: 'sha256:abc',
      keepGitDir: true,
    });
  });

  it('does not accept --from', () => {
    expect(errorOf('FROM a\nADD --from=b x y\n').reason).toBe('unknown flag: --from');
  });
});
