import { describe, expect, it } from 'vitest';
import { emptyDir, textFile, type DirNode } from '../../fs/node';
import { OverlayFs } from '../../fs/overlay';
import { splitPath } from '../../fs/path';
import { setAt } from '../../fs/tree';
import { runProgram } from '../../programs/testing/fake-io';
import type { ProgramEntry } from '../../shell/program';
import { nginxEntrypoint } from './nginx';
import { pythonPrograms } from './python';
import { nodePrograms } from './node';
import { sleepProgram, sleepSeconds } from './blocking-tools';
import type { ServiceContext, ServiceOutcome } from './types';

class Blocked {
  constructor(readonly outcome: ServiceOutcome) {}
}

function context(overrides: Partial<ServiceContext> = {}): ServiceContext {
  return {
    base: new Map<string, ProgramEntry>(),
    block: (outcome) => {
      throw new Blocked(outcome);
    },
    tty: false,
    ip: '172.17.0.2',
    seed: 'a1b2c3',
    loop: false,
    horizonMs: 60_000,
    ...overrides,
  };
}

function files(entries: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(entries))
    root = setAt(root, splitPath(path), textFile(text));
  return root;
}

/** Runs a program; a blocked run reports what it printed before and the outcome. */
function run(
  entry: ProgramEntry | undefined,
  argv: string[],
  fs: OverlayFs,
  env: Record<string, string> = {},
) {
  let outcome: ServiceOutcome | undefined;
  const result = runProgram(
    (args, io) => {
      try {
        return entry!.run(args, io);
      } catch (e) {
        if (e instanceof Blocked) {
          outcome = e.outcome;
          return 0;
        }
        throw e;
      }
    },
    argv,
    fs,
    { cwd: '/app', env },
  );
  return { ...result, outcome };
}

const FLASK_APP = `from flask import Flask
app = Flask(__name__)

@app.route("/")
def hello():
    return "hi"

if __name__ == "__main__":
    print("starting")
    app.run(host="0.0.0.0", port=8000)
`;

describe('python in a container', () => {
  const withFlask = (extra: Record<string, string> = {}) =>
    new OverlayFs([
      files({
        '/usr/local/lib/python3.14/site-packages/flask/__init__.py': '',
        '/app/main.py': FLASK_APP,
        ...extra,
      }),
    ]);

  it('starts the Flask development server and keeps running, ignoring SIGTERM as PID 1', () => {
    const r = run(pythonPrograms(context()).get('python'), ['python', 'main.py'], withFlask());
    expect(r.stderr).toBe(
      'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n' +
        ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:8000\n * Running on http://172.17.0.2:8000\nPress CTRL+C to quit\n',
    );
    expect(r.outcome).toMatchObject({ name: 'flask', ignoresSigterm: true });
  });

  it('holds back print() output when stdout is not a terminal, and says why', () => {
    const r = run(pythonPrograms(context()).get('python'), ['python', 'main.py'], withFlask());
    expect(r.stdout).toBe('');
    expect(r.notes.join(' ')).toContain('PYTHONUNBUFFERED');
    const unbuffered = run(
      pythonPrograms(context()).get('python'),
      ['python', 'main.py'],
      withFlask(),
      { PYTHONUNBUFFERED: '1' },
    );
    expect(unbuffered.stdout).toBe("starting\n * Serving Flask app 'main'\n * Debug mode: off\n");
  });

  it("fails with ModuleNotFoundError when the app's framework is not installed", () => {
    const fs = new OverlayFs([files({ '/app/main.py': FLASK_APP })]);
    const r = run(pythonPrograms(context()).get('python'), ['python', 'main.py'], fs);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "/app/main.py", line 1, in <module>\n    from flask import Flask\nModuleNotFoundError: No module named \'flask\'\n',
    );
  });

  it('serves python -m http.server until stopped', () => {
    const r = run(
      pythonPrograms(context({ tty: true })).get('python3'),
      ['python3', '-m', 'http.server', '8000'],
      new OverlayFs([emptyDir()]),
    );
    expect(r.stdout).toBe('Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n');
    expect(r.outcome?.name).toBe('http');
  });

  it('shuts uvicorn and gunicorn down cleanly on SIGTERM', () => {
    const programs = pythonPrograms(context());
    const fs = new OverlayFs([emptyDir()]);
    expect(
      run(programs.get('uvicorn'), ['uvicorn', 'main:app', '--host', '0.0.0.0'], fs).outcome,
    ).toMatchObject({ ignoresSigterm: false, termExitCode: 0 });
    const g = run(programs.get('gunicorn'), ['gunicorn', '-b', '0.0.0.0:8000', 'main:app'], fs);
    expect(g.stderr).toContain('[1] [INFO] Listening at: http://0.0.0.0:8000 (1)\n');
    expect(g.outcome).toMatchObject({ ignoresSigterm: false, termExitCode: 0 });
  });

  it("reads gunicorn's options as it does: values after every option but its switches", () => {
    const gunicorn = pythonPrograms(context()).get('gunicorn');
    const fs = new OverlayFs([emptyDir()]);
    const logged = run(
      gunicorn,
      ['gunicorn', '--access-logfile', '-', '--reload', '-w4', '-b:8000', 'app:app'],
      fs,
    );
    expect(logged.outcome?.name).toBe('gunicorn');
    expect(logged.stderr).toContain('Listening at: http://0.0.0.0:8000 (1)\n');
    expect(logged.stderr).toContain('[10] [INFO] Booting worker with pid: 10\n');
    const uvicornWorkers = run(
      gunicorn,
      ['gunicorn', '-k', 'uvicorn.workers.UvicornWorker', '-w', '2', 'main:app'],
      fs,
    );
    expect(uvicornWorkers.stderr).toContain('[INFO] Using worker: uvicorn.workers.UvicornWorker\n');
    expect(uvicornWorkers.stderr).toContain('[8] [INFO] Application startup complete.\n');
    const threaded = run(gunicorn, ['gunicorn', '--threads', '4', 'main:app'], fs);
    expect(threaded.stderr).toContain('[INFO] Using worker: gthread\n');
  });
});

describe('node in a container', () => {
  it("serves Nuxt's .output/server/index.mjs with Nitro's line", () => {
    const fs = new OverlayFs([
      files({
        '/app/.output/server/index.mjs':
          "import 'node:http';\nexport * from './chunks/nitro/nitro.mjs';\n",
      }),
    ]);
    const r = run(nodePrograms(context()).get('node'), ['node', '.output/server/index.mjs'], fs, {
      PORT: '8080',
    });
    expect(r.stdout).toBe('Listening on http://[::]:8080\n');
    expect(r.outcome).toMatchObject({ name: 'nitro', termExitCode: 0 });
  });

  it("serves a Next.js standalone server.js with Next's banner, stopping cleanly", () => {
    const fs = new OverlayFs([
      files({
        '/app/server.js':
          "const path = require('path')\nrequire('next')\nconst { startServer } = require('next/dist/server/lib/start-server')\nstartServer({ dir: __dirname, port: 3000 }).catch((err) => {\n  console.error(err)\n  process.exit(1)\n})\n",
        '/app/node_modules/next/package.json': '{ "name": "next", "version": "15.5.6" }',
      }),
    ]);
    const r = run(nodePrograms(context()).get('node'), ['node', 'server.js'], fs, {
      PORT: '8080',
    });
    expect(r.stdout).toMatch(
      /^ {3}▲ Next\.js 15\.5\.6\n {3}- Local: {8}http:\/\/localhost:8080\n {3}- Network: {6}http:\/\/0\.0\.0\.0:8080\n\n ✓ Starting\.\.\.\n ✓ Ready in \d+ms\n$/,
    );
    expect(r.outcome).toMatchObject({
      name: 'next-server',
      ignoresSigterm: false,
      termExitCode: 0,
    });
    expect(r.notes).toEqual([]);
  });

  it('keeps a script that listens running, printing its console.log lines', () => {
    const fs = new OverlayFs([
      files({
        '/app/server.js':
          "const http = require('http');\nconst PORT = process.env.PORT || 3000;\nhttp.createServer((q, s) => s.end('hi')).listen(PORT, () => console.log(`Listening on port ${PORT}`));\n",
      }),
    ]);
    const r = run(nodePrograms(context()).get('node'), ['node', 'server.js'], fs);
    expect(r.stdout).toBe('Listening on port 3000\n');
    expect(r.outcome).toMatchObject({ name: 'node', ignoresSigterm: true });
  });

  it("prints the top level's lines, then the listen callback's, formatted as console.log does", () => {
    const fs = new OverlayFs([
      files({
        '/app/server.js': [
          "const express = require('express');",
          'const app = express();',
          'const port = process.env.PORT || 3000;',
          "app.get('/', (req, res) => {\n  console.log('GET /');\n  res.send('ok');\n});",
          "app.listen(port, () => console.log('Example app listening on port %s', port));",
          "console.error('configured');",
        ].join('\n'),
        '/app/node_modules/express/package.json': '{ "name": "express" }',
      }),
    ]);
    const node = nodePrograms(context()).get('node');
    const r = run(node, ['node', 'server.js'], fs, { PORT: '4000' });
    // A request handler's line waits for a request; the callback's waits for the listen.
    expect(r.stdout).toBe('Example app listening on port 4000\n');
    expect(r.stderr).toBe('configured\n');
    expect(r.notes).toEqual([]);
    expect(run(node, ['node', 'server.js'], fs).stdout).toBe(
      'Example app listening on port 3000\n',
    );
  });

  it('keeps a server with a SIGTERM handler that exits in it running; docker stop shows its lines', () => {
    const fs = new OverlayFs([
      files({
        '/app/server.js': [
          "const http = require('http');",
          'const server = http.createServer((req, res) => res.end());',
          "server.listen(8080, () => console.log('listening'));",
          "process.on('SIGTERM', () => {",
          "  console.log('SIGTERM received');",
          '  server.close(() => process.exit(0));',
          '});',
        ].join('\n'),
      }),
    ]);
    const node = nodePrograms(context()).get('node');
    const r = run(node, ['node', 'server.js'], fs);
    expect(r.stdout).toBe('listening\n');
    expect(r.outcome).toMatchObject({
      name: 'node',
      ignoresSigterm: false,
      termExitCode: 0,
      stopLog: [{ stream: 'stdout', text: 'SIGTERM received\n' }],
    });
    // A SIGINT handler alone leaves SIGTERM to the kernel, which ignores it for PID 1.
    const sigint = new OverlayFs([
      files({
        '/app/server.js':
          "require('http').createServer().listen(8080);\nprocess.on('SIGINT', () => process.exit(0));\n",
      }),
    ]);
    expect(run(node, ['node', 'server.js'], sigint).outcome).toMatchObject({
      ignoresSigterm: true,
      termExitCode: 143,
    });
  });
});

describe('nginx in a container', () => {
  it("runs the image's entrypoint scripts, enabling IPv6 in default.conf", () => {
    const fs = new OverlayFs([
      files({
        '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': '',
        '/docker-entrypoint.d/20-envsubst-on-templates.sh': '',
        '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n}\n',
      }),
    ]);
    expect(nginxEntrypoint(fs, {})).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n' +
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n' +
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n' +
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n' +
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n' +
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n' +
        '/docker-entrypoint.sh: Configuration complete; ready for start up\n',
    );
    const conf = fs.readFile('/etc/nginx/conf.d/default.conf');
    expect(conf.ok && conf.value.text).toBe(
      'server {\n    listen       80;\n    listen  [::]:80;\n}\n',
    );
    expect(nginxEntrypoint(fs, {})).toContain('info: IPv6 listen already enabled\n');
  });
});

describe('sleep in a container', () => {
  it('reads GNU sleep arguments', () => {
    expect(sleepSeconds(['1m', '30'])).toBe(90);
    expect(sleepSeconds(['infinity'])).toBe(Number.POSITIVE_INFINITY);
    expect(sleepSeconds(['x'])).toBeUndefined();
  });

  it('blocks past the horizon, and ends by itself later when finite', () => {
    const r = run({ run: sleepProgram(context()) }, ['sleep', '3600'], new OverlayFs([emptyDir()]));
    expect(r.outcome).toMatchObject({
      name: 'sleep',
      ignoresSigterm: true,
      endsAfterMs: 3_600_000,
    });
    const forever = run(
      { run: sleepProgram(context()) },
      ['sleep', 'infinity'],
      new OverlayFs([emptyDir()]),
    );
    expect(forever.outcome?.endsAfterMs).toBeUndefined();
  });
});
