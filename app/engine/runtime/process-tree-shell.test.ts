// Whether a `sh -c` main stays above its command depends on what /bin/sh is in the image's
// files (dash stays, BusyBox sh and bash exec the last simple command), not on the image's
// name: docker top, ps inside and docker stats PIDS read the same answer as docker stop.
import { describe, expect, it } from 'vitest';
import type { Container } from '../host/containers';
import { containerShell } from './image-shell';
import { busyboxTerminals, type Terminal } from './testing/terminal';

const terminal = busyboxTerminals();

/** Builds `tag` from a one-line-per-instruction Dockerfile. */
function build(t: Terminal, tag: string, dockerfile: string): void {
  const text = dockerfile.replace(/\n/g, '\\n');
  t.run(`mkdir ${tag} && printf '${text}\\n' > ${tag}/Dockerfile`);
  const built = t.run(`docker build -q -t ${tag} ${tag}`);
  expect(built.err + built.out).toMatch(/sha256:/);
}

/** docker top's COMMAND column (Docker needs the pid column to map the rows). */
const topArgs = (t: Terminal, name: string) =>
  t
    .run(`docker top ${name} -o pid,args`)
    .out.trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\d+ +/, ''));
const pids = (t: Terminal, name: string) =>
  t.run(`docker stats --no-stream --format '{{.PIDs}}' ${name}`).out.trim();

describe('the shell of a sh -c main, read from the image’s files', () => {
  it('stays above its command when an alpine-named image’s /bin/sh is dash', () => {
    const t = terminal();
    build(t, 'alpine-tools', 'FROM debian:12');
    t.run('docker run -d --name sx alpine-tools sh -c "sleep 1000"');
    expect(topArgs(t, 'sx')).toEqual(['sh -c sleep 1000', 'sleep 1000']);
    expect(pids(t, 'sx')).toBe('2');
  });

  it('is replaced by its command when a debian-named image’s /bin/sh is BusyBox', () => {
    const t = terminal();
    build(t, 'debian-tools', 'FROM busybox');
    t.run('docker run -d --name sx debian-tools sh -c "sleep 1000"');
    expect(topArgs(t, 'sx')).toEqual(['sleep 1000']);
    expect(pids(t, 'sx')).toBe('1');
    // BusyBox ps inside, through docker exec, agrees.
    expect(t.run('docker exec sx ps').out).toMatch(
      /^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sleep 1000\n +\d+ root {6}0:00 ps\n$/,
    );
  });

  it('follows a /bin/sh relinked to bash in a Debian image: bash execs the last command', () => {
    const t = terminal();
    build(t, 'bashsh', 'FROM debian:12\nRUN ln -sf bash /bin/sh');
    t.run('docker run -d --name sx bashsh sh -c "sleep 1000"');
    expect(topArgs(t, 'sx')).toEqual(['sleep 1000']);
    t.run('docker run -d --name sy debian:12 sh -c "sleep 1000"');
    expect(topArgs(t, 'sy')).toEqual(['sh -c sleep 1000', 'sleep 1000']);
  });

  it('keeps what /bin/sh was at start, even if an exec relinks or removes it later', () => {
    const t = terminal();
    t.run('docker run -d --name sx debian:12 sh -c "sleep 1000"');
    t.run('docker exec sx ln -sf bash /bin/sh');
    expect(topArgs(t, 'sx')).toEqual(['sh -c sleep 1000', 'sleep 1000']);
    expect(pids(t, 'sx')).toBe('2');
    // A BusyBox image named like Debian: with /bin/sh gone, the name would say dash.
    build(t, 'debian-tools', 'FROM busybox');
    t.run('docker run -d --name sy debian-tools sh -c "sleep 1000"');
    t.run('docker exec sy rm /bin/sh');
    expect(topArgs(t, 'sy')).toEqual(['sleep 1000']);
    expect(t.run('docker exec sy ps').out).toMatch(/^PID .*\n {4}1 root {6}0:00 sleep 1000\n/);
  });

  it('guesses from the image’s name only for a container started without the record', () => {
    const bare = { imageRef: 'alpine:3.20' } as Container;
    expect(containerShell(bare)).toBe('ash');
    expect(containerShell({ ...bare, shell: 'dash' })).toBe('dash');
  });
});
