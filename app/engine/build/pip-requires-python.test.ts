// pip on an older distribution's Python: ubuntu:20.04's python3 is 3.8, so `pip3 install flask`
// gets flask 3.0.3 (3.1 requires Python 3.9) and the releases of its dependencies that still
// support 3.8, and a pin to flask 3.1 fails the build with pip's report.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import type { BuildOutcome } from './request';
import { buildInSession, stepOutput } from './testing/build-in-session';

const SETUP =
  'FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3-pip\n';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function build(dockerfile: string): BuildOutcome {
  return buildInSession(catalog, dockerfile);
}

describe('pip3 on ubuntu:20.04 (Python 3.8)', () => {
  it('installs flask 3.0.3 and the dependencies that still support 3.8', () => {
    const out = build(`${SETUP}RUN pip3 install --no-cache-dir flask\n`);
    expect(out.ok).toBe(true);
    const installed = stepOutput(out).find((line) => line.startsWith('Successfully installed'));
    expect(installed).toContain('flask-3.0.3');
    expect(installed).toContain('werkzeug-3.0.6');
    expect(installed).toContain('importlib-metadata-8.5.0');
  });

  it('fails the build on flask==3.1.2, which requires Python 3.9', () => {
    const out = build(`${SETUP}RUN pip3 install --no-cache-dir flask==3.1.2\n`);
    expect(out.ok).toBe(false);
    const printed = stepOutput(out);
    expect(printed).toContain(
      'ERROR: Ignored the following versions that require a different python version: 3.1.0 Requires-Python >=3.9; 3.1.1 Requires-Python >=3.9; 3.1.2 Requires-Python >=3.9',
    );
    expect(printed).toContain('ERROR: No matching distribution found for flask==3.1.2');
  });
});
