import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './index';
import {
  goModuleFiles,
  npmBinLinks,
  npmPackageFiles,
  pythonAbiTag,
  pythonPackageFiles,
} from './install-paths';
import type { Catalog } from './types';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('install paths', () => {
  it('pip puts wheels in site-packages and console scripts in the prefix bin, for this interpreter', () => {
    const target = {
      sitePackages: '/usr/local/lib/python3.14/site-packages',
      python: '/usr/local/bin/python3.14',
      pythonVersion: '3.14.2',
    };
    const files = pythonPackageFiles(catalog.package('pypi', 'markupsafe')!, target);
    const paths = files.map((f) => f.path);
    expect(paths).toContain(
      '/usr/local/lib/python3.14/site-packages/markupsafe/_speedups.cpython-314-x86_64-linux-gnu.so',
    );
    const flask = pythonPackageFiles(catalog.package('pypi', 'flask')!, target);
    const script = flask.find((f) => f.path === '/usr/local/bin/flask');
    expect(script?.text).toMatch(/^#!\/usr\/local\/bin\/python3\.14\n/);
    expect(script?.size).toBe(script?.text?.length);
    const venv = pythonPackageFiles(catalog.package('pypi', 'flask')!, {
      ...target,
      sitePackages: '/app/.venv/lib/python3.14/site-packages',
      python: '/app/.venv/bin/python',
    });
    expect(venv.map((f) => f.path)).toContain('/app/.venv/bin/flask');
  });

  it('abi tags follow the interpreter version and libc', () => {
    expect(pythonAbiTag('3.12.12')).toBe('cpython-312-x86_64-linux-gnu');
    expect(pythonAbiTag('3.14', 'musl')).toBe('cpython-314-x86_64-linux-musl');
  });

  it('npm files go under node_modules/<name> with command links in .bin', () => {
    const ts = catalog.package('npm', 'typescript')!;
    expect(npmPackageFiles(ts, '/app/node_modules').map((f) => f.path)).toContain(
      '/app/node_modules/typescript/package.json',
    );
    expect(npmBinLinks(ts, '/app/node_modules/.bin', '..')).toContainEqual({
      path: '/app/node_modules/.bin/tsc',
      size: '../typescript/bin/tsc'.length,
      link: '../typescript/bin/tsc',
    });
  });

  it('go modules land in the module cache', () => {
    const gin = catalog.package('go', 'github.com/gin-gonic/gin')!;
    expect(goModuleFiles(gin).map((f) => f.path)).toContain(
      `/go/pkg/mod/github.com/gin-gonic/gin@${gin.version}/gin.go`,
    );
  });
});
