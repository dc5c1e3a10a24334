// The chain of processes a command line leaves above the program that does the work. The
// BusyBox cases are what a Docker 20.10 daemon's `docker top` showed (busybox image); dash
// and bash were checked with `ps -o args= -p PID` on dash 0.5.12 and bash 5.2.
import { describe, expect, it } from 'vitest';
import {
  launchChain,
  shellFlavourOfImage,
  type LaunchedProcess,
  type LaunchOptions,
} from './process-tree-launch';

const ash: LaunchOptions = { shell: 'ash' };
const dash: LaunchOptions = { shell: 'dash' };
const args = (argv: string[], init = false, options = ash) =>
  launchChain(argv, init, options).map((p) => p.args);
/** What ps shows of each process. */
const shown = (chain: LaunchedProcess[]) => chain.map(({ args, comm }) => ({ args, comm }));

describe('a sh -c main', () => {
  it('is replaced by its last simple command under BusyBox sh (recorded)', () => {
    expect(args(['sh', '-c', 'sleep 1000'])).toEqual(['sleep 1000']);
    expect(args(['sh', '-c', 'true; sleep 1000'])).toEqual(['sleep 1000']);
    expect(args(['sh', '-c', 'echo hi && sleep 1000'])).toEqual(['sleep 1000']);
    expect(args(['sh', '-c', 'exec sleep 1000'])).toEqual(['sleep 1000']);
  });

  it('stays with the command as its child when more follows, in a loop or behind & (recorded)', () => {
    expect(args(['sh', '-c', 'sleep 1000; true'])).toEqual([
      'sh -c sleep 1000; true',
      'sleep 1000',
    ]);
    expect(args(['/bin/sh', '-c', 'sleep 1000; true'])).toEqual([
      '/bin/sh -c sleep 1000; true',
      'sleep 1000',
    ]);
    expect(args(['sh', '-c', 'while true; do sleep 1; done'])).toEqual([
      'sh -c while true; do sleep 1; done',
      'sleep 1',
    ]);
    // The newline of the script shows as a space.
    expect(args(['sh', '-c', 'sleep 1000 &\nwait'])).toEqual([
      'sh -c sleep 1000 & wait',
      'sleep 1000',
    ]);
  });

  it('never execs under dash, only with an explicit exec', () => {
    expect(args(['/bin/sh', '-c', 'node server.js'], false, dash)).toEqual([
      '/bin/sh -c node server.js',
      'node server.js',
    ]);
    expect(args(['sh', '-c', 'exec node server.js'], false, dash)).toEqual(['node server.js']);
  });

  it('execs the last command of an and-list under bash, not one followed by more', () => {
    expect(args(['bash', '-c', 'echo x && sleep 3'], false, dash)).toEqual(['sleep 3']);
    expect(args(['bash', '-c', 'sleep 3; true'], false, dash)).toEqual([
      'bash -c sleep 3; true',
      'sleep 3',
    ]);
  });

  it('expands "$@" and variables from the container environment', () => {
    const options = { shell: 'ash' as const, env: ['PORT=8080'] };
    expect(args(['sh', '-c', 'exec "$@"', 'sh', 'node', 'app.js'], false, options)).toEqual([
      'node app.js',
    ]);
    expect(args(['sh', '-c', 'httpd -f -p $PORT'], false, options)).toEqual(['httpd -f -p 8080']);
  });

  it('is the shell alone when the script runs no program or cannot be parsed', () => {
    expect(args(['sh', '-c', 'trap "exit 0" TERM; wait'])).toEqual([
      'sh -c trap "exit 0" TERM; wait',
    ]);
    expect(args(['sh', '-c', 'if then'])).toEqual(['sh -c if then']);
    expect(args(['sh', '/entrypoint.sh'])).toEqual(['sh /entrypoint.sh']);
  });
});

describe('each process’s argv', () => {
  it('is kept whole, so a shell that stays can be read for its traps', () => {
    const chain = launchChain(['sh', '-c', 'trap "exit 0" TERM; sleep 1000; true'], true, ash);
    expect(chain.map((p) => p.argv)).toEqual([
      ['/sbin/docker-init', '--', 'sh', '-c', 'trap "exit 0" TERM; sleep 1000; true'],
      ['sh', '-c', 'trap "exit 0" TERM; sleep 1000; true'],
      ['sleep', '1000'],
    ]);
  });
});

describe('init processes', () => {
  it('puts docker-init at PID 1 with the command under it for --init (recorded)', () => {
    const chain = launchChain(['sleep', '1000'], true, ash);
    expect(shown(chain)).toEqual([
      { args: '/sbin/docker-init -- sleep 1000', comm: 'docker-init' },
      { args: 'sleep 1000', comm: 'sleep' },
    ]);
    expect(args(['sh', '-c', 'sleep 1000; true'], true)).toEqual([
      '/sbin/docker-init -- sh -c sleep 1000; true',
      'sh -c sleep 1000; true',
      'sleep 1000',
    ]);
    expect(args(['sh', '-c', 'sleep 1000'], true)).toEqual([
      '/sbin/docker-init -- sh -c sleep 1000',
      'sleep 1000',
    ]);
  });

  it('keeps tini and dumb-init at PID 1 with the command after their options as the child', () => {
    expect(
      shown(launchChain(['/sbin/tini', '-s', '-p', 'SIGTERM', '--', 'node', 'app.js'], false, ash)),
    ).toEqual([
      { args: '/sbin/tini -s -p SIGTERM -- node app.js', comm: 'tini' },
      { args: 'node app.js', comm: 'node' },
    ]);
    expect(args(['tini', 'redis-server'])).toEqual(['tini redis-server', 'redis-server']);
    expect(args(['dumb-init', '--rewrite', '15:2', 'gunicorn', 'app:app'])).toEqual([
      'dumb-init --rewrite 15:2 gunicorn app:app',
      'gunicorn app:app',
    ]);
    expect(args(['/usr/bin/dumb-init', '--', 'sh', '-c', 'sleep 5; true'])).toEqual([
      '/usr/bin/dumb-init -- sh -c sleep 5; true',
      'sh -c sleep 5; true',
      'sleep 5',
    ]);
  });
});

describe('an official image’s entrypoint script', () => {
  it('hands over to the command it was given (exec "$@"), under docker-init with --init', () => {
    expect(args(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], true)).toEqual([
      '/sbin/docker-init -- /docker-entrypoint.sh nginx -g daemon off;',
      'nginx -g daemon off;',
    ]);
    expect(args(['docker-entrypoint.sh'])).toEqual(['docker-entrypoint.sh']);
    // Any other script is not read: it stays as it is.
    expect(args(['/entrypoint.sh', 'serve'])).toEqual(['/entrypoint.sh serve']);
  });
});

describe('npm', () => {
  const scripts: Record<string, string> = { start: 'node index.js', dev: 'nodemon index.js' };
  const withScripts = (shell: 'ash' | 'dash'): LaunchOptions => ({
    shell,
    packageScript: (name) => scripts[name],
  });

  it('stays as `npm start` and runs the script through sh -c, which dash keeps', () => {
    expect(shown(launchChain(['npm', 'start'], false, withScripts('dash')))).toEqual([
      { args: 'npm start', comm: 'npm start' },
      { args: 'sh -c node index.js', comm: 'sh' },
      { args: 'node index.js', comm: 'node' },
    ]);
    // BusyBox sh (node:alpine) execs the script's only command.
    expect(args(['npm', 'run', 'dev'], false, withScripts('ash'))).toEqual([
      'npm run dev',
      'nodemon index.js',
    ]);
  });

  it('runs node server.js for a start script package.json does not have', () => {
    expect(args(['npm', 'start'], false, dash)).toEqual([
      'npm start',
      'sh -c node server.js',
      'node server.js',
    ]);
    // A script it cannot read: npm alone.
    expect(args(['npm', 'run', 'build'], false, dash)).toEqual(['npm run build']);
  });
});

describe('the image’s sh', () => {
  it('is BusyBox ash on busybox and Alpine images, bash on Red Hat’s, else dash', () => {
    expect(shellFlavourOfImage('busybox')).toBe('ash');
    expect(shellFlavourOfImage('node:20-alpine')).toBe('ash');
    expect(shellFlavourOfImage('fedora:40')).toBe('bash');
    expect(shellFlavourOfImage('python:3.12-slim')).toBe('dash');
  });
});
