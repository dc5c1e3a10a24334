import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../catalog';
import { buildInSession, imageFs, stepOutput } from '../../build/testing/build-in-session';
import { getAt } from '../../fs/tree';
import { readText } from '../common/fs-helpers';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('git in a Dockerfile build', () => {
  it("clones in a RUN step: git's log line, and the .git directory is that step's layer", () => {
    const out = buildInSession(
      catalog,
      [
        'FROM alpine:3.22',
        'RUN apk add --no-cache git && git config --global user.email ci@example.com',
        'RUN git clone --depth 1 https://github.com/acme/widget.git /src/widget',
        'WORKDIR /src/widget',
        'RUN git rev-parse --short HEAD > /version.txt',
      ].join('\n'),
    );
    expect(out.ok, out.stderr).toBe(true);
    expect(stepOutput(out)).toContain("Cloning into '/src/widget'...");
    const fs = imageFs(out);
    expect(readText(fs, '/root/.gitconfig')).toBe('[user]\n\temail = ci@example.com\n');
    expect(readText(fs, '/version.txt')).toMatch(/^[0-9a-f]{7}\n$/);
    const cloneLayers = out.layers.filter((l) =>
      getAt(l.tree, ['src', 'widget', '.git', 'shallow']),
    );
    expect(cloneLayers).toHaveLength(1);
  });
});
