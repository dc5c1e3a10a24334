import { beforeAll, describe, expect, it } from 'vitest';
import { emptyDir, textFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import { Terminal } from '../../runtime/testing/terminal';
import { runProgram } from '../testing/fake-io';
import { nginxProgram } from './nginx';

const MAIN =
  'events {}\nhttp {\n    include       /etc/nginx/mime.types;\n    # include /etc/nginx/commented.conf;\n    include /etc/nginx/conf.d/*.conf;\n}\n';

function files(extra: Record<string, string> = {}): OverlayFs {
  const entries: Record<string, string> = {
    '/etc/os-release': 'ID=debian\nVERSION_CODENAME=bookworm\n',
    '/etc/nginx/nginx.conf': MAIN,
    '/etc/nginx/mime.types': 'types {}\n',
    '/etc/nginx/conf.d/default.conf': 'server {}\n',
    '/etc/nginx/conf.d/api.conf': 'server { listen 8080; }\n',
    ...extra,
  };
  let root: DirNode = emptyDir();
  for (const [path, text] of Object.entries(entries))
    root = setAt(root, splitPath(path), textFile(text));
  return new OverlayFs([root]);
}

const nginx = (argv: string[], fs = files()) =>
  runProgram(nginxProgram, ['nginx', ...argv], fs, { env: { NGINX_VERSION: '1.27.5' } });

const OK =
  'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n' +
  'nginx: configuration file /etc/nginx/nginx.conf test is successful\n';

describe('nginx without a server: -t, -T, -v, -V', () => {
  it('-t reports on stderr, -q keeps it quiet, -v prints the version on stderr', () => {
    const t = nginx(['-t']);
    expect([t.code, t.stdout, t.stderr]).toEqual([0, '', OK]);
    expect(nginx(['-tq']).stderr).toBe('');
    const v = nginx(['-v']);
    expect([v.code, v.stdout, v.stderr]).toEqual([0, '', 'nginx version: nginx/1.27.5\n']);
    // -V then the test: nginx does both.
    expect(nginx(['-V', '-t']).stderr).toMatch(/^nginx version: nginx\/1\.27\.5\nbuilt by gcc 12/);
    expect(nginx(['-V', '-t']).stderr.endsWith(OK)).toBe(true);
  });

  it('-T dumps the main file and what it includes, in parse order, each once', () => {
    const t = nginx(['-T']);
    expect(t.stderr).toBe(OK);
    expect(t.stdout).toBe(
      `# configuration file /etc/nginx/nginx.conf:\n${MAIN}\n` +
        '# configuration file /etc/nginx/mime.types:\ntypes {}\n\n' +
        '# configuration file /etc/nginx/conf.d/api.conf:\nserver { listen 8080; }\n\n' +
        '# configuration file /etc/nginx/conf.d/default.conf:\nserver {}\n\n',
    );
  });

  it('a file that cannot be opened fails the test with its place, as [emerg]', () => {
    const broken = files({
      '/etc/nginx/conf.d/default.conf': 'server {\n    include snippets/ssl.conf;\n}\n',
    });
    const t = nginx(['-t'], broken);
    expect(t.code).toBe(1);
    expect(t.stderr).toBe(
      'nginx: [emerg] open() "/etc/nginx/snippets/ssl.conf" failed (2: No such file or directory) in /etc/nginx/conf.d/default.conf:2\n' +
        'nginx: configuration file /etc/nginx/nginx.conf test failed\n',
    );
    // The server does not start on it either.
    const started = nginx(['-g', 'daemon off;'], broken);
    expect(started.code).toBe(1);
    expect(started.stderr).toMatch(
      /^nginx: \[emerg\] open\(\) "\/etc\/nginx\/snippets\/ssl\.conf"/,
    );
    const other = nginx(['-t', '-c', '/srv/none.conf']);
    expect(other.stderr).toBe(
      'nginx: [emerg] open() "/srv/none.conf" failed (2: No such file or directory)\n' +
        'nginx: configuration file /srv/none.conf test failed\n',
    );
  });

  it("refuses options it does not know, in nginx's words", () => {
    expect(nginx(['-x'])).toMatchObject({ code: 1, stderr: 'nginx: invalid option: "x"\n' });
    expect(nginx(['-c'])).toMatchObject({
      code: 1,
      stderr: 'nginx: option "-c" requires file name\n',
    });
  });

  it('in the background (no daemon off) it returns at once and says so; its pid file stays', () => {
    const fs = files({ '/run/.keep': '' });
    const r = nginx([], fs);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.notes.join(' ')).toMatch(/went into the background/);
    expect(fs.readFile('/run/nginx.pid').ok).toBe(true);
  });
});

describe('one nginx in a build, docker exec and docker run', () => {
  let t: Terminal;
  beforeAll(async () => {
    t = await Terminal.open();
  });

  it('prints the same test and version lines in each', () => {
    t.run(`printf 'FROM nginx:1.27\\nRUN nginx -t\\nRUN nginx -V\\nRUN nginx\\n' > Dockerfile`);
    const built = t.run('docker build -t ngt .');
    expect(built.code).toBe(0);
    const log = built.err + built.out;
    expect(log).toMatch(
      /#5 \[2\/4\] RUN nginx -t\n#5 \d\.\d+ nginx: the configuration file \/etc\/nginx\/nginx\.conf syntax is ok\n#5 \d\.\d+ nginx: configuration file \/etc\/nginx\/nginx\.conf test is successful\n#5 DONE/,
    );
    expect(log).toMatch(
      /#6 \[3\/4\] RUN nginx -V\n#6 \d\.\d+ nginx version: nginx\/1\.27\.5\n#6 \d\.\d+ built by gcc 12\.2\.0 \(Debian 12\.2\.0-14\) \n/,
    );
    // A bare nginx forks into the background and the step ends.
    expect(log).toMatch(/#7 \[4\/4\] RUN nginx\n#7 DONE/);
    expect(built.notes.join(' ')).toMatch(/went into the background/);

    const run = t.run('docker run --rm ngt nginx -t');
    expect(run.code).toBe(0);
    expect(run.err.endsWith(OK)).toBe(true);
    expect(t.run('docker run -d --name ngtweb ngt').code).toBe(0);
    const exec = t.run('docker exec ngtweb nginx -T');
    expect(exec.err).toBe(OK);
    expect(exec.out).toMatch(
      /^# configuration file \/etc\/nginx\/nginx\.conf:\n\nuser {2}nginx;\n/,
    );
    expect(exec.out).toContain(
      '\n# configuration file /etc/nginx/conf.d/default.conf:\nserver {\n',
    );
    expect(t.run('docker exec ngtweb nginx -v').err).toBe('nginx version: nginx/1.27.5\n');
    // The container's nginx is still the server in the foreground.
    expect(t.run('docker ps --format "{{.Names}} {{.Status}}"').out).toMatch(/ngtweb Up/);
  });
});
