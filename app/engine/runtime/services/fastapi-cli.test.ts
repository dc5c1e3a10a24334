import { describe, expect, it } from 'vitest';
import { busyboxTerminals } from '../testing/terminal';
import { moduleTree, tagged } from './fastapi-cli-output';

const terminal = busyboxTerminals('docker pull -q python:3.12-slim');
const APP =
  'mkdir -p app && touch app/__init__.py && printf "from fastapi import FastAPI\\n\\napp = FastAPI()\\n" > app/main.py';
const INSTALL = `pip install -q --root-user-action=ignore "fastapi[standard]" && ${APP}`;

describe('fastapi run and fastapi dev in a container', () => {
  it('prints the CLI start-up text, then uvicorn in its layout, and keeps serving', () => {
    const t = terminal();
    t.run(
      `docker run -d --name fa -w /code python:3.12-slim sh -c '${INSTALL} && exec fastapi run app/main.py --port 80'`,
    );
    expect(t.run("docker ps --format '{{.Names}} {{.Status}}'").out).toMatch(/^fa Up /);
    const printed = t.run('docker logs fa');
    expect(printed.out).toContain(
      '   FastAPI   Starting production server 🚀\n\n' +
        '             Searching for package file structure from directories with\n' +
        '             __init__.py files\n' +
        '             Importing from /code\n\n' +
        '    module   📁 app\n' +
        '             ├── 🐍 __init__.py\n' +
        '             └── 🐍 main.py\n\n' +
        '      code   Importing the FastAPI app object from the module with the following\n' +
        '             code:\n\n' +
        '             from app.main import app\n\n' +
        '       app   Using import string: app.main:app\n\n' +
        '    server   Server started at http://0.0.0.0:80\n' +
        '    server   Documentation at http://0.0.0.0:80/docs\n\n' +
        '             Logs:\n\n',
    );
    // uvicorn logs on stderr, as docker logs keeps it.
    expect(printed.err).toContain(
      '      INFO   Started server process [1]\n' +
        '      INFO   Waiting for application startup.\n' +
        '      INFO   Application startup complete.\n' +
        '      INFO   Uvicorn running on http://0.0.0.0:80 (Press CTRL+C to quit)\n',
    );
    t.run('docker stop fa');
    expect(t.run("docker ps -a --format '{{.Status}}'").out).toMatch(/^Exited \(0\) /);
  });

  it('dev listens on 127.0.0.1 with the reloader, and gives the tip', () => {
    const t = terminal();
    t.run(
      `docker run -d --name dev -w /srv python:3.12-slim sh -c '${INSTALL} && exec fastapi dev'`,
    );
    const logs = t.run('docker logs dev');
    expect(logs.out).toContain('   FastAPI   Starting development server 🚀\n');
    expect(logs.out).toContain(
      '       tip   Running in development mode, for production use: fastapi run\n',
    );
    expect(logs.err).toContain(
      "      INFO   Will watch for changes in these directories: ['/srv']\n" +
        '      INFO   Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\n' +
        '      INFO   Started reloader process [1] using WatchFiles\n',
    );
  });

  it('fails with status 1 when the path does not exist', () => {
    const t = terminal();
    const printed = t.run(
      `docker run --rm python:3.12-slim sh -c '${INSTALL} && fastapi run nope.py'`,
    );
    expect(printed.code).toBe(1);
    expect(printed.out).toContain(
      '__init__.py files\n\n             Path does not exist nope.py\n',
    );
  });
});

describe('fastapi without fastapi-cli', () => {
  it('says to install fastapi[standard] and raises RuntimeError, as fastapi/cli.py does', () => {
    const t = terminal();
    const printed = t.run(
      `docker run --rm -w /code python:3.12-slim sh -c 'pip install -q --root-user-action=ignore fastapi && ${APP} && fastapi run app/main.py'`,
    );
    expect(printed.code).toBe(1);
    expect(printed.out).toContain(
      'To use the fastapi command, please install "fastapi[standard]":\n\n\tpip install "fastapi[standard]"\n\n',
    );
    expect(printed.err).toContain(
      '  File "/usr/local/bin/fastapi", line 8, in <module>\n    sys.exit(main())\n             ^^^^^^\n' +
        '  File "/usr/local/lib/python3.12/site-packages/fastapi/cli.py", line 12, in main\n',
    );
    expect(printed.err).toMatch(/\nRuntimeError: To use the fastapi command, please install/);
  });
});

describe("FastAPI CLI's layout", () => {
  it('nests each package of a deeper module path under the last', () => {
    const steps = [
      { name: 'app', dir: true },
      { name: 'api', dir: true },
      { name: 'main.py', dir: false },
    ];
    expect(moduleTree(steps)).toEqual([
      '📁 app',
      '├── 🐍 __init__.py',
      '└── 📁 api',
      '    ├── 🐍 __init__.py',
      '    └── 🐍 main.py',
    ]);
  });

  it('right-aligns tags in an 11-column field and wraps at 80 columns', () => {
    expect(tagged('Started server process [1]', 'INFO')).toBe(
      '      INFO   Started server process [1]\n',
    );
    expect(tagged('x '.repeat(40).trim(), 'tip').split('\n')[1]).toMatch(/^ {13}x/);
  });
});
