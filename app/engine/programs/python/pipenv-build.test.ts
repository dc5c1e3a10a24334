// Typical Pipenv Dockerfiles through the build engine, with the real catalog: a lock made by
// `pipenv lock` in a first build (as a project commits it), then installs with --system
// --deploy, into an in-project .venv, into the default virtualenv, and the refusals.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { readText } from '../common/fs-helpers';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const PIPFILE = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
flask = "*"

[dev-packages]
pytest = "*"

[requires]
python_version = "3.12"
`;

const SITE = '/usr/local/lib/python3.12/site-packages';
const VENV_SITE = '/app/.venv/lib/python3.12/site-packages';

function lockFor(pipfile: string): string {
  const out = buildInSession(
    catalog,
    'FROM python:3.12-slim\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile ./\nRUN pipenv lock\n',
    { files: { Pipfile: pipfile } },
  );
  const lock = readText(imageFs(out), '/app/Pipfile.lock');
  if (!lock) throw new Error('pipenv lock wrote no Pipfile.lock');
  return lock;
}

const SYSTEM = `FROM python:3.12-slim
RUN pip install --no-cache-dir pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --system --deploy --ignore-pipfile
COPY . .
CMD ["python", "app.py"]
`;

describe('pipenv lock', () => {
  it("writes Pipfile.lock with the Pipfile's hash, its sources and both sections", () => {
    const lock = JSON.parse(lockFor(PIPFILE));
    expect(lock._meta).toEqual({
      hash: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      'pipfile-spec': 6,
      requires: { python_version: '3.12' },
      sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }],
    });
    expect(lock.default.flask).toEqual({
      hashes: [expect.stringMatching(/^sha256:/), expect.stringMatching(/^sha256:/)],
      index: 'pypi',
      markers: "python_version >= '3.9'",
      version: '==3.1.2',
    });
    expect(lock.default.werkzeug.index).toBeUndefined();
    expect(Object.keys(lock.develop)).toContain('pytest');
    expect(lock.default.pytest).toBeUndefined();
  });
});

describe('a Pipenv --system Dockerfile', () => {
  it("installs the lock's default packages into the image Python, as pip would", () => {
    const lock = lockFor(PIPFILE);
    const hash = (JSON.parse(lock) as { _meta: { hash: { sha256: string } } })._meta.hash.sha256;
    const out = buildInSession(catalog, SYSTEM, {
      files: { Pipfile: PIPFILE, 'Pipfile.lock': lock, 'app.py': 'print("hi")\n' },
    });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out).join('\n');
    expect(printed).toContain(`Installing dependencies from Pipfile.lock (${hash.slice(-6)})...`);
    expect(printed).not.toContain('Creating a virtualenv');
    // python:3.12-slim's four layers, pip install, WORKDIR, COPY, RUN, COPY.
    expect(out.image?.diffIds).toHaveLength(9);
    const fs = imageFs(out);
    expect(fs.stat('/usr/local/bin/pipenv').ok).toBe(true);
    expect(fs.stat(`${SITE}/pipenv-2025.1.1.dist-info/METADATA`).ok).toBe(true);
    expect(fs.stat(`${SITE}/flask/__init__.py`).ok).toBe(true);
    expect(readText(fs, `${SITE}/flask-3.1.2.dist-info/INSTALLER`)).toBe('pip\n');
    expect(fs.stat(`${SITE}/_pytest`).ok).toBe(false);
    // pip, run by Pipenv, caches wheels in Pipenv's cache, whatever `pip --no-cache-dir` did.
    expect(fs.stat('/root/.cache/pipenv/http-v2').ok).toBe(true);
  });

  it('refuses a stale lock with --deploy, in Pipenv words', () => {
    const lock = lockFor(PIPFILE);
    const old = (JSON.parse(lock) as { _meta: { hash: { sha256: string } } })._meta.hash.sha256;
    const changed = PIPFILE.replace('flask = "*"', 'flask = "*"\nrequests = "*"');
    const out = buildInSession(catalog, SYSTEM.replace(' --ignore-pipfile', ''), {
      files: { Pipfile: changed, 'Pipfile.lock': lock },
    });
    expect(out.ok).toBe(false);
    const printed = stepOutput(out).join('\n');
    expect(printed).toMatch(
      new RegExp(
        `Your Pipfile\\.lock \\(${old.slice(-6)}\\) is out of date\\. Expected: \\([0-9a-f]{6}\\)\\.`,
      ),
    );
    expect(printed).toContain('ERROR:: Aborting deploy');
  });

  it('refuses --system without a Pipfile.lock', () => {
    const out = buildInSession(
      catalog,
      SYSTEM.replace('COPY Pipfile Pipfile.lock', 'COPY Pipfile'),
      {
        files: { Pipfile: PIPFILE },
      },
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out).join('\n')).toContain(
      'ERROR:: --system is intended to be used for Pipfile installation, not installation of specific packages. Aborting.',
    );
  });
});

describe('Pipenv virtualenvs', () => {
  it('PIPENV_VENV_IN_PROJECT=1 makes /app/.venv; pipenv run and .venv/bin/python use it', () => {
    const lock = lockFor(PIPFILE);
    const out = buildInSession(
      catalog,
      'FROM python:3.12-slim\nRUN pip install pipenv\nENV PIPENV_VENV_IN_PROJECT=1\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv install --deploy --dev\nRUN pipenv run python -c "import flask"\nRUN /app/.venv/bin/python -c "import flask"\nCMD ["pipenv", "run", "python", "app.py"]\n',
      { files: { Pipfile: PIPFILE, 'Pipfile.lock': lock } },
    );
    expect(out.ok).toBe(true);
    const printed = stepOutput(out).join('\n');
    expect(printed).toContain('Creating a virtualenv for this project\nPipfile: /app/Pipfile');
    expect(printed).toContain('Virtualenv location: /app/.venv');
    const fs = imageFs(out);
    expect(fs.stat(`${VENV_SITE}/flask/__init__.py`).ok).toBe(true);
    expect(fs.stat(`${VENV_SITE}/_pytest`).ok).toBe(true);
    expect(fs.stat(`${SITE}/flask`).ok).toBe(false);
  });

  it("makes the default virtualenv under ~/.local/share/virtualenvs with Pipenv's hashed name", () => {
    const out = buildInSession(
      catalog,
      'FROM python:3.12-slim\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile ./\nRUN pipenv install\nRUN pipenv install gunicorn\nRUN pipenv sync\n',
      { files: { Pipfile: PIPFILE } },
    );
    expect(out.ok).toBe(true);
    const printed = stepOutput(out).join('\n');
    expect(printed).toContain('Pipfile.lock not found, creating...');
    expect(printed).toContain('Virtualenv location: /root/.local/share/virtualenvs/app-4PlAip0Q');
    expect(printed).toContain("To activate this project's virtualenv, run pipenv shell.");
    expect(printed).toContain('All dependencies are now up-to-date!');
    const fs = imageFs(out);
    expect(readText(fs, '/app/Pipfile')).toContain('[packages]\nflask = "*"\ngunicorn = "*"\n');
    const lock = JSON.parse(readText(fs, '/app/Pipfile.lock') ?? '{}');
    expect(lock.default.gunicorn.version).toBe('==23.0.0');
    const venv = '/root/.local/share/virtualenvs/app-4PlAip0Q';
    expect(fs.stat(`${venv}/lib/python3.12/site-packages/gunicorn`).ok).toBe(true);
    expect(fs.stat(`${venv}/bin/gunicorn`).ok).toBe(true);
  });

  it('exports requirements.txt for pip in a final stage', () => {
    const lock = lockFor(PIPFILE);
    const out = buildInSession(
      catalog,
      'FROM python:3.12-slim AS build\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nRUN pipenv requirements > requirements.txt && pipenv requirements --dev > dev.txt\nFROM python:3.12-slim\nWORKDIR /app\nCOPY --from=build /app/requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      { files: { Pipfile: PIPFILE, 'Pipfile.lock': lock } },
    );
    expect(out.ok).toBe(true);
    const fs = imageFs(out);
    const requirements = readText(fs, '/app/requirements.txt') ?? '';
    expect(requirements).toMatch(/^-i https:\/\/pypi\.org\/simple\n/);
    expect(requirements).toContain("flask==3.1.2; python_version >= '3.9'\n");
    expect(requirements).not.toContain('pytest');
    expect(fs.stat(`${SITE}/flask/__init__.py`).ok).toBe(true);
    expect(fs.stat('/usr/local/bin/pipenv').ok).toBe(false);
  });
});
