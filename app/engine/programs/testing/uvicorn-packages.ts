/**
 * A fake PyPI slice for the extras tests of pip and uv: uvicorn and what its `standard` extra
 * pulls in, each a one-file package with its real version and dependencies.
 */
import type { Package } from '../../catalog/types';
import { fakePackage } from './fake-catalog';

export const pypiPackage = (name: string, version: string, depends: string[] = []): Package =>
  fakePackage('pypi', name, {
    version,
    depends,
    files: [`${name.replace(/-/g, '_')}/__init__.py`],
  });

export const UVICORN_STANDARD: readonly Package[] = [
  pypiPackage('uvicorn', '0.40.0', ['click', 'h11']),
  pypiPackage('click', '8.3.1'),
  pypiPackage('h11', '0.16.0'),
  pypiPackage('httptools', '0.7.1'),
  pypiPackage('python-dotenv', '1.2.1'),
  pypiPackage('pyyaml', '6.0.3'),
  pypiPackage('uvloop', '0.22.1'),
  pypiPackage('watchfiles', '1.1.1', ['anyio']),
  pypiPackage('anyio', '4.12.1', ['idna']),
  pypiPackage('idna', '3.11'),
  pypiPackage('websockets', '15.0.1'),
];
