import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { debCatalog } from '../testing/debs';
import { tree } from '../testing/images';
import { shellRun } from '../testing/shell';
import { knownArchive } from './known-archives';

const NODE_EXPORTER =
  'https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz';

describe('binary release tarballs', () => {
  it('recognises the Prometheus, GoReleaser and Helm naming schemes', () => {
    expect(knownArchive(NODE_EXPORTER)).toMatchObject({
      kind: 'binary-release',
      project: 'node_exporter',
      version: '1.8.2',
      top: 'node_exporter-1.8.2.linux-amd64',
    });
    expect(knownArchive('https://x/lazygit_0.44.1_Linux_x86_64.tar.gz')).toMatchObject({
      project: 'lazygit',
      top: undefined,
    });
    expect(
      knownArchive(
        'https://github.com/gohugoio/hugo/releases/download/v0.143.1/hugo_0.143.1_linux-amd64.tar.gz',
      ),
    ).toMatchObject({ project: 'hugo', version: '0.143.1', top: undefined });
    expect(knownArchive('https://get.helm.sh/helm-v3.16.2-linux-amd64.tar.gz')).toMatchObject({
      project: 'helm',
      version: '3.16.2',
      top: 'linux-amd64',
    });
    expect(knownArchive('https://x/node_exporter-1.8.2.darwin-amd64.zip')).toBeUndefined();
  });

  it('wget and tar --strip-components=1 put the binary where the Dockerfile expects it', () => {
    const fs = new OverlayFs([
      tree({
        '/usr/bin/wget': { blob: 500_000 },
        '/bin/tar': { blob: 500_000 },
        '/bin/ls': { blob: 150_000 },
        '/usr/local/bin/': '',
        '/tmp/': '',
      }),
    ]);
    const result = shellRun(
      `wget -q -O /tmp/ne.tgz ${NODE_EXPORTER} && tar -xzf /tmp/ne.tgz -C /usr/local/bin --strip-components=1 && ls /usr/local/bin`,
      fs,
      debCatalog,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('LICENSE\nNOTICE\nnode_exporter\n');
    const binary = fs.stat('/usr/local/bin/node_exporter');
    expect(binary.ok && binary.value.node.kind === 'file' && binary.value.node.mode).toBe(0o755);
  });
});
