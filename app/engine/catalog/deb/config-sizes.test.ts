import { describe, expect, it } from 'vitest';
import { expandDeb } from './expand';
import { parseDebLines } from './records';
import { parseShapes } from './shapes';

const BASH_SHAPE =
  'bash|5/1/76|bash bashbug clear_console rbash>bash||||etc/bash.bashrc etc/skel/.bash_logout etc/skel/.bashrc etc/skel/.profile usr/share/debianutils/shells.d/bash usr/share/menu/bash';

function bash(version: string) {
  const record = parseDebLines(`bash ${version} 7164 1500 shells*! base-files debianutils`).get(
    'bash',
  );
  const shape = parseShapes(BASH_SHAPE).get('bash');
  if (!record || !shape) throw new Error('fixture did not parse');
  return expandDeb(record, shape, 'GNU Bourne Again SHell');
}

const size = (pkg: ReturnType<typeof bash>, path: string) =>
  pkg.files.find((f) => f.path === path)?.size;
const text = (pkg: ReturnType<typeof bash>, path: string) =>
  pkg.files.find((f) => f.path === path)?.text;

describe('configuration files in Debian packages', () => {
  it("keep /etc/skel's real sizes instead of a share of the installed size", () => {
    const pkg = bash('5.2.15-2+b8');
    expect(size(pkg, '/etc/skel/.bash_logout')).toBe(220);
    expect(size(pkg, '/etc/skel/.bashrc')).toBe(3_526);
    expect(size(pkg, '/etc/skel/.profile')).toBe(807);
    expect(size(pkg, '/etc/bash.bashrc')).toBe(1_994);
  });

  it("take Ubuntu's sizes where Ubuntu's files differ", () => {
    const pkg = bash('5.2.21-2ubuntu4');
    expect(size(pkg, '/etc/skel/.bashrc')).toBe(3_771);
    expect(size(pkg, '/etc/bash.bashrc')).toBe(2_319);
  });

  it('leave the installed size whole: the program files take what the configs do not', () => {
    const pkg = bash('5.2.15-2+b8');
    expect(pkg.installedSize).toBe(7164 * 1024);
    expect(size(pkg, '/usr/bin/bash')).toBeGreaterThan(100_000);
  });

  it('give /etc/bash.bashrc its real text, and Ubuntu its skel .bashrc, at the real sizes', () => {
    const debian = bash('5.2.15-2+b8');
    const bashrc = text(debian, '/etc/bash.bashrc') ?? '';
    expect(bashrc.length).toBe(1_994);
    expect(bashrc).toContain('[ -z "$PS1" ] && return\n');
    expect(bashrc).toContain("  PS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '\n");
    expect(bashrc).not.toContain('# sudo hint');
    expect(text(debian, '/etc/skel/.bashrc')).toBeUndefined();

    const ubuntu = bash('5.2.21-2ubuntu4');
    const ubuntuBashrc = text(ubuntu, '/etc/bash.bashrc') ?? '';
    expect(ubuntuBashrc.length).toBe(2_319);
    expect(ubuntuBashrc).toContain(
      'fi\n\n# sudo hint\nif [ ! -e "$HOME/.sudo_as_admin_successful" ]',
    );
    expect(ubuntuBashrc).toContain('case " $(groups) " in *\\ admin\\ *|*\\ sudo\\ *)\n');
    const skel = text(ubuntu, '/etc/skel/.bashrc') ?? '';
    expect(skel.length).toBe(3_771);
    expect(skel.startsWith('# ~/.bashrc: executed by bash(1) for non-login shells.\n')).toBe(true);
    expect(skel).toContain("alias ll='ls -alF'\n");
  });
});
