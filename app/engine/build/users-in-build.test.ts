// USER with a numeric spec through a whole build, as the 20.10 oracle ran it: a user *named*
// 1000 (busybox `adduser -D 1000`) is found by its uid, and a number is never read as a name.
import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import { buildInSession, stepOutput } from './testing/build-in-session';

const catalog = tinyCatalog();

describe('USER <number> in a build', () => {
  it('runs as the passwd entry with that uid, with its group and home', () => {
    const out = buildInSession(
      catalog,
      'FROM busybox\nRUN adduser -D 1000\nUSER 1000\nRUN id -u; id -g; echo $HOME\n',
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out).slice(-3)).toEqual(['1000', '1000', '/home/1000']);
  });

  it('takes the number as a uid when a user is named so with another uid', () => {
    const out = buildInSession(
      catalog,
      'FROM busybox\nRUN adduser -D -u 1005 2000\nUSER 2000\nRUN id -u; id -g; echo $HOME\n',
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out).slice(-3)).toEqual(['2000', '0', '/']);
  });

  it('gives COPY --chown=<number> that number as owner and group', () => {
    const out = buildInSession(
      catalog,
      "FROM busybox\nRUN addgroup -g 1300 wg && adduser -D -u 1200 -G wg web\nCOPY --chown=1200 a.txt /a\nRUN stat -c '%u:%g' /a\n",
      { files: { 'a.txt': 'a\n' } },
    );
    expect(out.ok).toBe(true);
    expect(stepOutput(out).at(-1)).toBe('1200:1200');
  });
});
