import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../world';

const catalog = buildCatalog();

describe('RPM distribution stand-ins', () => {
  it.each([
    ['centos', '7', 204],
    ['centos', 'latest', 231],
    ['centos', 'centos7.9.2009', 204],
    ['quay.io/centos/centos', 'stream9', 167],
    ['rockylinux', '9-minimal', 92],
    ['rockylinux', '8.9.20231119', 196],
    ['almalinux', '8', 200],
    ['fedora', 'latest', 170],
    ['fedora', '39', 196],
    ['amazonlinux', '2', 164],
    ['amazonlinux', 'latest', 144],
    ['registry.access.redhat.com/ubi9/ubi', 'latest', 215],
    ['registry.access.redhat.com/ubi8-minimal', '8.10', 104],
    ['registry.access.redhat.com/ubi9/ubi-micro', '9.7', 24],
    ['oraclelinux', '8-slim', 113],
    ['oraclelinux', '7-slim', 133],
  ])('%s:%s is one layer of about %i MB with CMD /bin/bash', (repo, tag, mb) => {
    const found = catalog.resolve?.(repo, tag);
    expect(found?.ok).toBe(true);
    if (!found?.ok) return;
    const layers = found.image.layers;
    expect(layers).toHaveLength(1);
    expect(Math.abs((layers[0]?.size ?? 0) / 1e6 - mb)).toBeLessThan(mb * 0.1);
    expect(found.image.config.Cmd).toEqual(['/bin/bash']);
  });

  it.each([
    ['centos', '9'],
    ['rockylinux', 'latest'],
    ['fedora', '44'],
    ['amazonlinux', '2022'],
    ['oraclelinux', '7'],
    ['registry.access.redhat.com/ubi9/ubi', '10'],
  ])('%s:%s was never published: unknown tag', (repo, tag) => {
    expect(catalog.resolve?.(repo, tag)).toEqual({ ok: false, reason: 'unknown-tag' });
  });

  it("oraclelinux:9-slim is the mysql images' own base layer", () => {
    const slim = catalog.resolve?.('oraclelinux', '9-slim');
    const mysql = catalog.resolve?.('mysql', '8.4');
    if (!slim?.ok || !mysql?.ok) throw new Error('does not resolve');
    expect(mysql.image.layers[0]?.diffId).toBe(slim.image.layers[0]?.diffId);
  });
});
