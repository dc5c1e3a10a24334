import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import { emptyDir, textFile } from '../fs/node';
import { setAt } from '../fs/tree';
import { createHost } from '../host/world';
import { CounterIds } from '../ids';
import { runBuild } from './build';
import { makeContext } from './context';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadCatalog();
});

function build(dockerfile: string) {
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(setAt(emptyDir(), ['Dockerfile'], textFile(dockerfile))),
      tags: ['t'],
      buildArgs: {},
      noCache: true,
    },
    {
      catalog,
      host: createHost('laptop', []),
      hostName: 'laptop',
      ids: new CounterIds('t'),
      now: 0,
    },
  );
}

describe('a build on a stand-in image', () => {
  it('says once that the base is modelled approximately', () => {
    const outcome = build(
      'FROM ruby:3.3-slim AS a\nRUN echo hi\nFROM ruby:3.3-slim\nRUN echo ho\n',
    );
    expect(outcome.ok).toBe(true);
    const said = outcome.notes.filter(
      (n) => n.includes('ruby:3.3-slim') && /approximately/.test(n),
    );
    expect(said).toHaveLength(1);
  });

  it('says nothing of the kind for a catalog image', () => {
    const outcome = build('FROM python:3.14-slim\nRUN echo hi\n');
    expect(outcome.notes.some((n) => /approximately/.test(n))).toBe(false);
  });
});
