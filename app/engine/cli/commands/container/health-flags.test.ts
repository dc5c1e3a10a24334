// `docker run`/`docker create` --health-* flags, against what Docker 28.2.2 (client) and a
// 20.10 daemon printed for the same command lines.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../catalog';
import type { Catalog } from '../../../catalog/types';
import { Terminal } from '../../../runtime/testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function created(flags: string) {
  const t = new Terminal(catalog);
  t.run('docker pull busybox');
  const printed = t.run(`docker create --name hc ${flags} busybox sleep 1`);
  const config = t.run(
    "docker inspect -f '{{.Config.Healthcheck}} {{json .Config.Healthcheck}}' hc",
  ).out;
  return { ...printed, config };
}

describe('health flags', () => {
  it('make a HealthConfig with durations in nanoseconds, Test only with --health-cmd', () => {
    expect(
      created(
        '--health-cmd x --health-interval 1m30s --health-timeout 1500ms --health-start-period 2h --health-retries 0',
      ).config,
    ).toBe(
      '{[CMD-SHELL x] 1m30s 1.5s 2h0m0s 0s 0} {"Test":["CMD-SHELL","x"],"Interval":90000000000,"Timeout":1500000000,"StartPeriod":7200000000000}\n',
    );
    expect(created('--health-interval 2s').config).toBe(
      '{[] 2s 0s 0s 0s 0} {"Interval":2000000000}\n',
    );
    expect(created('--health-cmd NONE').config).toBe(
      '{[CMD-SHELL NONE] 0s 0s 0s 0s 0} {"Test":["CMD-SHELL","NONE"]}\n',
    );
    expect(created('--no-healthcheck').config).toBe('{[NONE] 0s 0s 0s 0s 0} {"Test":["NONE"]}\n');
    expect(created('').config).toBe('<nil> null\n');
  });

  it('refuses --no-healthcheck with a --health-* flag, and negative values, as the CLI does', () => {
    expect(created('--no-healthcheck --health-cmd x')).toMatchObject({
      err: "docker: --no-healthcheck conflicts with --health-* options\n\nRun 'docker create --help' for more information\n",
      code: 125,
    });
    for (const flag of ['interval', 'timeout', 'start-period']) {
      expect(created(`--health-${flag} -1s`)).toMatchObject({
        err: `docker: --health-${flag} cannot be negative\n\nRun 'docker create --help' for more information\n`,
        code: 125,
      });
    }
    expect(created('--health-cmd x --health-retries -1').err).toMatch(
      /^docker: --health-retries cannot be negative\n/,
    );
  });

  it("passes the daemon's refusal of a duration under a millisecond", () => {
    expect(created('--health-interval 500us --health-cmd x')).toMatchObject({
      err: 'Error response from daemon: Interval in Healthcheck cannot be less than 1ms\n',
      code: 1,
    });
    const t = new Terminal(catalog);
    t.run('docker pull busybox');
    expect(t.run('docker run --health-timeout 500us --health-cmd x busybox true')).toMatchObject({
      err: "docker: Error response from daemon: Timeout in Healthcheck cannot be less than 1ms\n\nRun 'docker run --help' for more information\n",
      code: 125,
    });
  });
});
