/**
 * Stages that start FROM scratch (or from another stage), as recorded on the 20.10 oracle with
 * `DOCKER_BUILDKIT=1 docker build --network none --progress plain`: FROM is a step only when it
 * pulls an image, scratch needs no `load metadata`, and a scratch image starts with PATH and
 * WorkingDir `/`.
 */
import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '../testing/tiny-catalog';
import { buildInSession } from './testing/build-in-session';
import type { BuildOutcome } from './request';

const catalog = tinyCatalog();
const files = { 'f.txt': 'hello\n' };

/** The vertex names of a build's progress (`[stage-1 1/1] COPY ...`), in print order. */
function vertexNames(out: BuildOutcome): string[] {
  const names = [...out.stderr.matchAll(/^#\d+ (\[[^\n]*|exporting to image)$/gm)];
  return [...new Set(names.map((m) => m[1] as string))];
}

function build(dockerfile: string): BuildOutcome {
  const out = buildInSession(catalog, dockerfile, { files });
  expect(out.ok, out.errors.map((e) => e.message).join('\n')).toBe(true);
  return out;
}

describe('stages FROM scratch', () => {
  it('a scratch stage that copies from a busybox stage numbers its COPY 1/1', () => {
    const out = build('FROM busybox AS b\nRUN echo hi > /x\nFROM scratch\nCOPY --from=b /x /x\n');
    const steps = vertexNames(out).filter((n) => /^\[(b|stage-1) /.test(n));
    expect(steps.map((n) => n.replace(/ FROM .*/, ' FROM'))).toEqual([
      '[b 1/2] FROM',
      '[b 2/2] RUN echo hi > /x',
      '[stage-1 1/1] COPY --from=b /x /x',
    ]);
    expect(out.image?.diffIds).toHaveLength(1);
    expect(out.image?.history.map((h) => h.created_by)).toEqual(['COPY /x /x # buildkit']);
  });

  it('a single scratch stage numbers COPY and ADD without FROM and has no stage name', () => {
    const out = build('FROM scratch\nCOPY f.txt /f.txt\nADD f.txt /g.txt\n');
    expect(vertexNames(out)).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load .dockerignore',
      '[internal] load build context',
      '[1/2] COPY f.txt /f.txt',
      '[2/2] ADD f.txt /g.txt',
      'exporting to image',
    ]);
    expect(out.stderr).not.toContain('load metadata');
  });

  it('pads the step number to ten steps without counting FROM scratch', () => {
    const copies = Array.from({ length: 10 }, (_, i) => `COPY f.txt /${i + 1}\n`).join('');
    const names = vertexNames(build(`FROM scratch\n${copies}`)).filter((n) => /^\[ ?\d/.test(n));
    expect(names[0]).toBe('[ 1/10] COPY f.txt /1');
    expect(names[9]).toBe('[10/10] COPY f.txt /10');
  });

  it('metadata steps do not count: ENV then ten COPYs after scratch are [stage-1  1/10]', () => {
    const copies = Array.from({ length: 9 }, (_, i) => `COPY f.txt /y${i + 1}\n`).join('');
    const out = build(
      `FROM busybox AS b\nRUN echo hi > /x\nFROM scratch\nENV A=1\nCOPY --from=b /x /x\n${copies}`,
    );
    const names = vertexNames(out).filter((n) => n.startsWith('[stage-1'));
    expect(names[0]).toBe('[stage-1  1/10] COPY --from=b /x /x');
    expect(names[9]).toBe('[stage-1 10/10] COPY f.txt /y9');
  });

  it('a scratch first stage is stage-0 1/1 while the busybox stage counts its FROM', () => {
    const out = build(
      'FROM scratch\nCOPY f.txt /f.txt\nFROM busybox\nCOPY --from=0 /f.txt /f\nRUN cat /f\n',
    );
    // The oracle prints stage-1's FROM first (BuildKit runs the stages in parallel); we run
    // them in order, so only the labels are compared here.
    const steps = vertexNames(out).filter((n) => /^\[stage-/.test(n));
    expect(steps.map((n) => n.replace(/ FROM .*/, ' FROM')).sort()).toEqual([
      '[stage-0 1/1] COPY f.txt /f.txt',
      '[stage-1 1/3] FROM',
      '[stage-1 2/3] COPY --from=0 /f.txt /f',
      '[stage-1 3/3] RUN cat /f',
    ]);
  });

  it('FROM a named scratch stage is not a step either: [base 1/1] then [stage-1 1/1]', () => {
    const out = build('FROM scratch AS base\nCOPY f.txt /f.txt\nFROM base\nCOPY f.txt /g.txt\n');
    const steps = vertexNames(out).filter((n) => /^\[(base|stage-1) /.test(n));
    expect(steps).toEqual(['[base 1/1] COPY f.txt /f.txt', '[stage-1 1/1] COPY f.txt /g.txt']);
    expect(out.image?.diffIds).toHaveLength(2);
  });

  it('FROM a busybox stage is not a step: the second stage RUN is [stage-1 1/1]', () => {
    const out = build('FROM busybox AS a\nRUN echo a > /a\nFROM a\nRUN echo b > /b\n');
    expect(vertexNames(out)).toContain('[stage-1 1/1] RUN echo b > /b');
  });

  it('a stage with only metadata after a scratch stage prints no step of its own', () => {
    const out = build('FROM scratch AS base\nCOPY f.txt /f.txt\nFROM base\nENV A=1\n');
    const steps = vertexNames(out).filter((n) => /^\[(base|stage-1) /.test(n));
    expect(steps).toEqual(['[base 1/1] COPY f.txt /f.txt']);
    expect(out.image?.history.map((h) => h.created_by)).toEqual([
      'COPY f.txt /f.txt # buildkit',
      'ENV A=1',
    ]);
  });

  it('scratch with only metadata exports no layers: no `exporting layers` line', () => {
    const out = build('FROM scratch\nENV A=1\nLABEL x=y\nCMD ["/x"]\n');
    expect(out.image?.diffIds).toEqual([]);
    expect(out.stderr).toContain('writing image sha256:');
    expect(out.stderr).not.toContain('exporting layers');
    expect(out.image?.history.map((h) => h.created_by)).toEqual([
      'ENV A=1',
      'LABEL x=y',
      'CMD ["/x"]',
    ]);
  });

  it('a scratch image starts with PATH and WorkingDir / (docker image inspect)', () => {
    const out = build('FROM scratch\nCOPY f.txt /f.txt\n');
    expect(out.image?.config.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ]);
    expect(out.image?.config.WorkingDir).toBe('/');
    expect(out.image?.config.Cmd ?? null).toBeNull();
    expect(out.image?.diffIds).toHaveLength(1);
    expect(out.image?.history.map((h) => h.created_by)).toEqual(['COPY f.txt /f.txt # buildkit']);
  });
});
