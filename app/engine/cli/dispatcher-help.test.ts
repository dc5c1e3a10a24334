// Where the docker program sends help and what it says for topics it does not know
// (recorded in fixtures/docker/cli-no-args.txt and runtime-container-group.txt).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { Terminal } from '../runtime/testing/terminal';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

describe('docker help', () => {
  it('prints help on stderr when no command or subcommand was typed, still with status 0', () => {
    const t = new Terminal(catalog);
    const bare = t.run('docker');
    expect(bare).toMatchObject({ out: '', code: 0 });
    expect(bare.err.startsWith('Usage:  docker [OPTIONS] COMMAND\n\n')).toBe(true);
    const group = t.run('docker container');
    expect(group).toMatchObject({ out: '', code: 0 });
    expect(group.err).toContain('\n  attach      Attach local standard input');
    expect(t.run('docker container --help').out).toBe(group.err);
  });

  it('prints the command help on stdout for docker help TOPIC', () => {
    const t = new Terminal(catalog);
    expect(t.run('docker help ps')).toEqual(expect.objectContaining(t.run('docker ps --help')));
    expect(t.run('docker help container ls').out).toBe(t.run('docker container ls --help').out);
    expect(t.run('docker help').out.startsWith('Usage:  docker [OPTIONS] COMMAND\n')).toBe(true);
  });

  it('refuses an unknown help topic', () => {
    const t = new Terminal(catalog);
    expect(t.run('docker help nosuch')).toMatchObject({
      out: '',
      err: 'unknown help topic: nosuch\n',
      code: 1,
    });
  });

  it("shows the group's usage line under an unknown subcommand", () => {
    const t = new Terminal(catalog);
    expect(t.run('docker container nosuch').err).toBe(
      "docker: unknown command: docker container nosuch\n\nUsage:  docker container\n\nRun 'docker container --help' for more information\n",
    );
    expect(t.run('docker volume nosuch').err).toContain('\nUsage:  docker volume COMMAND\n');
  });

  it('says a listed but unsimulated subcommand is not part of the simulation', () => {
    const t = new Terminal(catalog);
    expect(t.run('docker image import web.tar')).toMatchObject({
      code: 1,
      err: "layercake: 'docker image import' is a real Docker command, but it is not part of this simulation.\n",
    });
  });
});
