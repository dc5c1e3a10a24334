import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBuild } from './build';
import { makeContext } from './context';
import { tinyCatalog } from '../testing/tiny-catalog';
import { createHost } from '../host/world';
import { CounterIds } from '../ids';
import { emptyDir, textFile } from '../fs/node';
import { setAt } from '../fs/tree';

const catalog = tinyCatalog();

function build(dockerfile: string, files: Record<string, string>, now: number) {
  let root = setAt(emptyDir(), ['Dockerfile'], textFile(dockerfile));
  for (const [name, text] of Object.entries(files)) root = setAt(root, [name], textFile(text));
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(root),
      tags: ['app'],
      buildArgs: {},
      noCache: false,
    },
    { catalog, host: createHost('p', []), hostName: 'p', ids: new CounterIds('p'), now },
  );
}

const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const instruction = fc.oneof(
  fc.tuple(name, name).map(([f, t]) => `RUN echo ${t} > /tmp/${f}`),
  name.map((d) => `RUN mkdir -p /data/${d} && touch /data/${d}/x`),
  name.map((d) => `WORKDIR /w/${d}`),
  fc.tuple(name, name).map(([k, v]) => `ENV ${k.toUpperCase()}=${v}`),
  name.map((l) => `LABEL ${l}=yes`),
  fc.constant('COPY a.txt /a.txt'),
  fc.constant('RUN rm -f /tmp/*'),
);

describe('build properties', () => {
  it('gives the same digests for the same input, whatever the time of day', () => {
    fc.assert(
      fc.property(
        fc.array(instruction, { maxLength: 8 }),
        fc.string({ maxLength: 40 }),
        (lines, content) => {
          const dockerfile = ['FROM busybox', ...lines].join('\n') + '\n';
          const a = build(dockerfile, { 'a.txt': content }, Date.UTC(2026, 0, 1));
          const b = build(dockerfile, { 'a.txt': content }, Date.UTC(2026, 0, 1));
          expect(a.ok).toBe(true);
          expect(b.image?.id).toBe(a.image?.id);
          const later = build(dockerfile, { 'a.txt': content }, Date.UTC(2026, 5, 1));
          expect(later.image?.diffIds).toEqual(a.image?.diffIds);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never throws on random Dockerfile text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = build(text, {}, 0);
        expect(typeof out.stderr).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random instructions after FROM', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'RUN',
        'COPY',
        'ADD',
        'ENV',
        'ARG',
        'WORKDIR',
        'USER',
        'CMD',
        'FROM',
        'ONBUILD',
        'VOLUME',
        'EXPOSE',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.string({ maxLength: 30 })), { maxLength: 6 }),
        (pairs) => {
          const text = ['FROM busybox', ...pairs.map(([k, v]) => `${k} ${v}`)].join('\n');
          const out = build(text, {}, 0);
          expect(typeof out.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
  });
});
