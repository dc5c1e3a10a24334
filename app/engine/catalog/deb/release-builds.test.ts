/**
 * Dockerfiles on each Debian and Ubuntu base get that release's apt world end to end: its
 * suites, its Python, its library names, and pip's PEP 668 refusal exactly where the release
 * has it (Debian 12+, Ubuntu 24.04+; not jammy, focal, bullseye or the official python images).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '..';
import type { BuildOutcome } from '../../build/request';
import { buildInSession } from '../../build/testing/build-in-session';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function build(dockerfile: string): BuildOutcome {
  return buildInSession(catalog, dockerfile, { idPrefix: 'rb' });
}

const INSTALL =
  'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip python3-venv curl ca-certificates\n';

const CASES = [
  { from: 'ubuntu:22.04', suite: 'jammy', python: '3.10', t64: false, pep668: false },
  { from: 'ubuntu:20.04', suite: 'focal', python: '3.8', t64: false, pep668: false },
  { from: 'ubuntu:24.04', suite: 'noble', python: '3.12', t64: true, pep668: true },
  { from: 'debian:bullseye', suite: 'bullseye', python: '3.9', t64: false, pep668: false },
  { from: 'debian:bookworm', suite: 'bookworm', python: '3.11', t64: false, pep668: true },
  { from: 'debian:trixie', suite: 'trixie', python: '3.13', t64: true, pep668: true },
];

describe('apt and pip on each release', () => {
  it.each(CASES)('FROM $from: $suite suites, python$python', (c) => {
    const out = build(`FROM ${c.from}\n${INSTALL}RUN python3 --version\n`);
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).toMatch(new RegExp(`Get:\\d+ http://\\S+ ${c.suite} InRelease`));
    expect(out.stderr).toContain(`Python ${c.python}.`);
    expect(out.stderr).toContain(`python${c.python}-minimal`);
    expect(out.stderr.includes('libcurl4t64')).toBe(c.t64);
    expect(/Unpacking \S+t64\b/.test(out.stderr)).toBe(c.t64);
  });

  it.each(CASES)('FROM $from: pip install into the system Python (PEP 668: $pep668)', (c) => {
    const out = build(`FROM ${c.from}\n${INSTALL}RUN pip3 install flask\n`);
    expect(out.ok).toBe(!c.pep668);
    expect(out.stderr.includes('error: externally-managed-environment')).toBe(c.pep668);
  });

  it('noble: --break-system-packages and a venv both get past PEP 668', () => {
    const out = build(
      `FROM ubuntu:24.04\n${INSTALL}RUN pip3 install --break-system-packages flask\nRUN python3 -m venv /opt/venv && /opt/venv/bin/pip install flask\n`,
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(out.stderr).not.toContain('externally-managed-environment');
  });

  it("the official python image's own Python is not apt's: pip installs", () => {
    const out = build('FROM python:3.12\nRUN pip install flask\n');
    expect(out.ok, out.stderr).toBe(true);
  });
});
