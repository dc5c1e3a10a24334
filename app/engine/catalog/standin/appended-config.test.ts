// A Dockerfile that appends to a stand-in's config, which the catalog knows only by size
// (php-fpm's www.conf): the appended lines stay readable through COPY --from, a container's
// writable layer and the image's layer sizes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../types';
import { buildCatalog } from '../world';
import { Terminal, writeHostFiles } from '../../runtime/testing/terminal';

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog();
});

const WWW = '/usr/local/etc/php-fpm.d/www.conf';

describe("text appended to a stand-in's size-only config", () => {
  it('is built into the layer, copied by COPY --from and seen by a container', () => {
    const t = new Terminal(catalog);
    writeHostFiles(t, 'ctx', {
      Dockerfile: [
        'FROM php:8.3-fpm AS conf',
        `RUN echo "pm.max_children = 10" >> ${WWW}`,
        'FROM alpine:3.20',
        `COPY --from=conf ${WWW} /www.conf`,
        'RUN grep max_children /www.conf && wc -c /www.conf',
        '',
      ].join('\n'),
    });
    const build = t.run('docker build --progress plain -t conf ctx');
    expect(build.code).toBe(0);
    expect(build.err + build.out).toMatch(
      / pm\.max_children = 10\n#\d+ [\d.]+ 21361 \/www\.conf\n/,
    );
    const history = t.run('docker history --format "{{.Size}} {{.CreatedBy}}" conf').out;
    expect(history).toContain('21.4kB COPY /usr/local/etc/php-fpm.d/www.conf /www.…');

    t.run(`docker run --name cnf conf sh -c 'echo "pm = static" >> /www.conf'`);
    expect(t.run('docker diff cnf').out).toBe('C /www.conf\n');
    const read = t.run('docker cp cnf:/www.conf www && tail -n 2 www && wc -c < www');
    expect(read.out).toBe('pm.max_children = 10\npm = static\n21373\n');
  });
});
