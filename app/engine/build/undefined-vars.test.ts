import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import { buildInSession } from './testing/build-in-session';

const catalog = tinyCatalog();

function warnings(dockerfile: string): string[] {
  const out = buildInSession(catalog, dockerfile);
  return out.stderr
    .split('\n')
    .filter((l) => l.startsWith('#1 WARN: '))
    .map((l) => l.slice('#1 WARN: '.length));
}

describe('UndefinedVar', () => {
  it('reports a variable the stage never defined where the builder expands it', () => {
    // The Xikolo Dockerfile's `ENV BRAND=${BRAND}`: BRAND is no ARG and not in the image.
    expect(warnings('FROM busybox\nENV BRAND=${BRAND}\nENV MALLOC_ARENA_MAX=2\n')).toEqual([
      "UndefinedVar: Usage of undefined variable '$BRAND' (line 2)",
    ]);
  });

  it('accepts the image environment, declared ARGs, defaults, and what RUN and CMD leave to the shell', () => {
    expect(
      warnings(
        'FROM busybox\nARG DECLARED\nENV PATH=/app/bin:$PATH D=$DECLARED Q=${MISSING:-x}\nRUN echo $NOPE\nCMD echo $NOPE\n',
      ).filter((w) => w.startsWith('UndefinedVar')),
    ).toEqual([]);
  });

  it('suggests the closest name the stage has, as BuildKit does', () => {
    expect(warnings('FROM busybox\nENV GREETING=hi\nWORKDIR /srv/$GREETNG\n')).toEqual([
      "UndefinedVar: Usage of undefined variable '$GREETNG' (did you mean $GREETING?) (line 3)",
    ]);
  });
});
