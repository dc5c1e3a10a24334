// A RUN after USER runs as that user, with its file permissions: the classic `USER node` then
// `RUN npm install` into a root-owned WORKDIR fails, and `COPY --chown` (or a WORKDIR made
// after USER) is the fix. Owners here were checked against BuildKit (Docker 20.10's).
import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import type { BuildOutcome } from './request';
import { buildInSession, stepOutput } from './testing/build-in-session';

const catalog = tinyCatalog();

function build(dockerfile: string, files: Record<string, string> = {}): BuildOutcome {
  return buildInSession(catalog, dockerfile, { files });
}

describe('a RUN after USER', () => {
  it('fails the build when it writes into a WORKDIR that root made', () => {
    const out = build('FROM busybox\nWORKDIR /app\nUSER 1000\nRUN touch x\n');
    expect(out.ok).toBe(false);
    expect(stepOutput(out)).toContain('touch: x: Permission denied');
    expect(out.stderr).toContain(
      'ERROR: failed to solve: process "/bin/sh -c touch x" did not complete successfully: exit code: 1',
    );
  });

  it('runs as the uid with group 0 when the image has no such user, as runc does', () => {
    const out = build('FROM busybox\nUSER 1000\nRUN id\n');
    expect(out.ok).toBe(true);
    // Recorded on the 20.10 oracle: BusyBox's id lists no groups for such a process.
    expect(stepOutput(out)).toContain('uid=1000 gid=0(root)');
  });

  it('writes into a WORKDIR made after USER: BuildKit makes it as that user (uid:uid)', () => {
    const out = build(
      "FROM busybox\nUSER nobody\nWORKDIR /srv/a\nRUN touch x && stat -c '%u:%g %n' /srv /srv/a x\n",
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out)).toEqual(['65534:65534 /srv', '65534:65534 /srv/a', '65534:65534 x']);
  });

  it('keeps an existing directory root-owned when WORKDIR names it after USER', () => {
    const out = build('FROM busybox\nUSER 1000\nWORKDIR /var\nRUN touch x\n');
    expect(out.ok).toBe(false);
    expect(stepOutput(out)).toContain('touch: x: Permission denied');
  });

  it('may change a file that COPY --chown gave the user', () => {
    const out = build(
      'FROM busybox\nWORKDIR /app\nCOPY --chown=1000:1000 app.txt .\nUSER 1000\nRUN echo more >> app.txt && cat app.txt\n',
      { 'app.txt': 'hello\n' },
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out)).toEqual(['hello', 'more']);
  });
});
