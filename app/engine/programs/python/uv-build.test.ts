// astral-sh/uv-docker-example's Dockerfile through the build engine: uv copied from the
// distroless ghcr.io/astral-sh/uv image, dependencies synced from uv.lock in a layer of their
// own (cache and bind mounts), then the project, and the venv's console scripts on PATH.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

const DOCKERFILE = `FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/
WORKDIR /app
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN --mount=type=cache,target=/root/.cache/uv \\
    --mount=type=bind,source=uv.lock,target=uv.lock \\
    --mount=type=bind,source=pyproject.toml,target=pyproject.toml \\
    uv sync --frozen --no-install-project --no-dev
COPY . /app
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
CMD ["fastapi", "run", "app/main.py"]
`;

const PYPROJECT = `[project]
name = "app"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = ["fastapi"]
`;

const pkg = (name: string, version: string, deps: string[] = []) =>
  `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = { registry = "https://pypi.org/simple" }\n` +
  (deps.length
    ? `dependencies = [\n${deps.map((d) => `    { name = "${d}" },\n`).join('')}]\n`
    : '');

const LOCK = [
  'version = 1\nrequires-python = ">=3.12"\n',
  pkg('annotated-types', '0.7.0'),
  pkg('anyio', '4.12.1', ['idna', 'typing-extensions']),
  '[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [\n    { name = "fastapi" },\n]\n\n[package.metadata]\nrequires-dist = [{ name = "fastapi" }]\n',
  pkg('fastapi', '0.128.0', ['pydantic', 'starlette', 'typing-extensions']),
  pkg('idna', '3.11'),
  pkg('pydantic', '2.12.5', ['annotated-types', 'pydantic-core', 'typing-extensions']),
  pkg('pydantic-core', '2.41.5', ['typing-extensions']),
  pkg('starlette', '0.50.0', ['anyio']),
  pkg('typing-extensions', '4.15.0'),
].join('\n');

describe('the uv-docker-example Dockerfile', () => {
  it('syncs the locked dependencies into /app/.venv in their own layer, uv binaries from ghcr.io', () => {
    const out = buildInSession(catalog, DOCKERFILE, {
      files: { 'pyproject.toml': PYPROJECT, 'uv.lock': LOCK, 'app/main.py': 'import fastapi\n' },
    });
    expect(out.ok).toBe(true);
    const printed = stepOutput(out).join('\n');
    expect(printed).toContain('Using CPython 3.12.');
    expect(printed).toContain('Creating virtual environment at: .venv');
    expect(printed).not.toContain('Resolved');
    expect(printed).toMatch(/Installed 8 packages in \d+ms/);
    expect(printed).toMatch(/Bytecode compiled \d+ files in/);
    expect(printed).toContain(' + fastapi==0.128.0');
    // uv lists by package name: pydantic before pydantic-core.
    expect(printed).toMatch(/ \+ pydantic==2\.12\.5\n(.* )?\+ pydantic-core==2\.41\.5/);
    // The second sync finds everything there: a virtual project (no [build-system]) is not installed.
    expect(printed).toMatch(/Audited 8 packages in \d+ms/);
    // python:3.12-slim's four layers, then COPY --from, WORKDIR, both RUNs and COPY . /app.
    expect(out.image?.diffIds).toHaveLength(9);
    const fs = imageFs(out);
    expect(fs.stat('/bin/uv').ok).toBe(true);
    expect(fs.stat('/bin/uvx').ok).toBe(true);
    expect(fs.stat('/app/.venv/bin/fastapi').ok).toBe(true);
    expect(fs.stat('/app/.venv/lib/python3.12/site-packages/fastapi/__init__.py').ok).toBe(true);
    // The cache was a mount: none of its files are in the image.
    expect(fs.stat('/root/.cache/uv/CACHEDIR.TAG').ok).toBe(false);
    expect(out.image?.config.Env).toContain(
      'PATH=/app/.venv/bin:/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    );
  });

  it('fails the sync where --frozen finds no uv.lock, in uv words', () => {
    const out = buildInSession(
      catalog,
      DOCKERFILE.replace(/ +--mount=type=bind,source=uv.lock,target=uv.lock \\\n/, ''),
      {
        files: { 'pyproject.toml': PYPROJECT, 'app/main.py': '' },
      },
    );
    expect(out.ok).toBe(false);
    expect(stepOutput(out).join('\n')).toContain(
      'error: Unable to find lockfile at `uv.lock`, but `--frozen` was provided.',
    );
  });
});
