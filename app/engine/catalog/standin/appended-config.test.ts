// A Dockerfile that appends to a stand-in's config, which the catalog knows only by size
// (php-fpm's www.conf): the appended lines stay readable through COPY --from, a container's
// writable layer and the image's layer sizes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../types';
import { buildCatalog } from '../world';
import { Terminal, writeHostFiles } from '../../runtime/testing/terminal';
import { FPM_CONFIG_STEP } from './php-fpm-texts';

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

describe("php:*-fpm's Docker configuration files", () => {
  const FILES = `/usr/local/etc/php-fpm.d/docker.conf /usr/local/etc/php-fpm.d/zz-docker.conf /usr/local/etc/php/conf.d/docker-fpm.ini`;

  it('are the text the history row writes, so sed -i and >> keep their lines', () => {
    const t = new Terminal(catalog);
    writeHostFiles(t, 'fpm', {
      Dockerfile: [
        'FROM php:8.3-fpm',
        `RUN md5sum ${FILES} > /before`,
        `RUN ${FPM_CONFIG_STEP}`,
        'RUN md5sum -c /before',
        '',
      ].join('\n'),
    });
    const build = t.run('docker build --progress plain -t fpm fpm');
    expect(build.code).toBe(0);
    expect(build.out + build.err).toContain('/usr/local/etc/php-fpm.d/zz-docker.conf: OK');
    // The image's history row is that step (docker history shows its tabs as spaces).
    t.run('docker pull php:8.3-fpm');
    const history = t.run('docker history --no-trunc --format "{{.CreatedBy}}" php:8.3-fpm').out;
    expect(history).toContain(`RUN /bin/sh -c ${FPM_CONFIG_STEP.replace(/\t/g, ' ')} # buildkit\n`);
    const out = t.run(
      `docker run --rm php:8.3-fpm sh -c 'wc -c ${FILES} && sed -i "s/^listen = 9000/listen = 9001/" /usr/local/etc/php-fpm.d/zz-docker.conf && echo "pm.max_children = 10" >> /usr/local/etc/php-fpm.d/zz-docker.conf && tail -n 3 /usr/local/etc/php-fpm.d/zz-docker.conf'`,
    );
    expect(out.out).toBe(
      [
        '428 /usr/local/etc/php-fpm.d/docker.conf',
        ' 45 /usr/local/etc/php-fpm.d/zz-docker.conf',
        ' 96 /usr/local/etc/php/conf.d/docker-fpm.ini',
        '569 total',
        '[www]',
        'listen = 9001',
        'pm.max_children = 10',
        '',
      ].join('\n'),
    );
  });
});
