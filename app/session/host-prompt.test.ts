// The terminal's prompt on the laptop is an interactive bash: its errors name no line number
// (`bash: foo: command not found`), while a script it runs still does (recorded with bash 5.2).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../engine/catalog';
import type { Catalog } from '../engine/catalog/types';
import { replay } from './replay';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const stderrOf = (script: string) =>
  replay(script, catalog)
    .entries.at(-1)
    ?.output.filter((o) => o.stream === 'stderr')
    .map((o) => o.text)
    .join('');

describe('errors at the prompt', () => {
  it('words them as an interactive bash does, without a line', () => {
    expect(stderrOf('foo\n')).toBe('bash: foo: command not found\n');
    expect(stderrOf('cd /nope\n')).toBe('bash: cd: /nope: No such file or directory\n');
  });

  it('keeps the line number for a script the prompt runs', () => {
    expect(stderrOf("printf 'true\\nfoo\\n' > s.sh\nbash s.sh\n")).toBe(
      's.sh: line 2: foo: command not found\n',
    );
  });
});

const stdoutOf = (script: string) =>
  replay(script, catalog)
    .entries.at(-1)
    ?.output.filter((o) => o.stream === 'stdout')
    .map((o) => o.text)
    .join('');

describe("the prompt is a terminal (a TTY), as a real user's is", () => {
  it('lists names in columns there, one a line into a pipe', () => {
    expect(stdoutOf('touch a b\nls\n')).toBe('a  b\n');
    expect(stdoutOf('touch a b\nls | cat\n')).toBe('a\nb\n');
  });

  it('stays one in an ssh session to another host', () => {
    expect(stdoutOf('ssh builder\ntouch a b\nls\n')).toBe('a  b\n');
  });

  it('makes docker export refuse to write an archive to it', () => {
    expect(
      stderrOf('docker pull busybox\ndocker create --name web busybox\ndocker export web\n'),
    ).toBe('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
  });
});
