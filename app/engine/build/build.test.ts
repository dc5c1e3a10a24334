import { describe, expect, it } from 'vitest';
import { runBuild } from './build';
import { makeContext } from './context';
import { tinyCatalog } from '../testing/tiny-catalog';
import { createHost } from '../host/world';
import { CounterIds } from '../ids';
import { emptyDir, textFile, type DirNode } from '../fs/node';
import { setAt } from '../fs/tree';
import { splitPath } from '../fs/path';
import { storeImage } from '../host/images';
import type { HostState } from '../host/state';
import type { BuildOutcome } from './request';
import { EMPTY_LAYER_DIGEST } from '../fs/digest';

const catalog = tinyCatalog();
const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);

function dir(files: Record<string, string>): DirNode {
  let root = emptyDir();
  for (const [path, text] of Object.entries(files))
    root = setAt(root, splitPath(path), textFile(text));
  return root;
}

const SEED = `FROM busybox
WORKDIR /app
COPY requirements.txt .
RUN mkdir -p /app/site && while read -r pkg; do echo "$pkg 1.0" > "/app/site/$pkg.txt"; done < requirements.txt
COPY . .
CMD ["sh", "-c", "cat /app/main.py"]
`;

function build(
  dockerfile: string,
  files: Record<string, string>,
  host: HostState = createHost('laptop', []),
  extra: Partial<Parameters<typeof runBuild>[0]> = {},
): BuildOutcome {
  return runBuild(
    {
      dockerfile,
      dockerfileName: 'Dockerfile',
      context: makeContext(dir({ Dockerfile: dockerfile, ...files })),
      tags: ['app'],
      buildArgs: {},
      noCache: false,
      ...extra,
    },
    { catalog, host, hostName: 'laptop', ids: new CounterIds('t'), now: NOW },
  );
}

/** The host after a build, as the docker CLI stores it. */
function keep(host: HostState, outcome: BuildOutcome): HostState {
  const withCache = { ...host, buildCache: { ...host.buildCache, ...outcome.cache } };
  const layers = [...outcome.layers, ...(outcome.pulled ?? [])];
  return outcome.image ? storeImage(withCache, outcome.image, layers) : withCache;
}

describe('runBuild', () => {
  it('makes a layer for FROM, WORKDIR, COPY, RUN, COPY and only history rows for CMD', () => {
    const out = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': 'print("hi")\n' });
    expect(out.ok).toBe(true);
    expect(out.image?.diffIds).toHaveLength(5);
    expect(out.image?.history.map((h) => h.created_by)).toEqual([
      'BusyBox 1.37.0 (glibc), Debian 12',
      'CMD ["sh"]',
      'WORKDIR /app',
      'COPY requirements.txt . # buildkit',
      'RUN /bin/sh -c mkdir -p /app/site && while read -r pkg; do echo "$pkg 1.0" > "/app/site/$pkg.txt"; done < requirements.txt # buildkit',
      'COPY . . # buildkit',
      'CMD ["sh" "-c" "cat /app/main.py"]',
    ]);
    expect(out.image?.history.at(-1)?.empty_layer).toBe(true);
  });

  it('prints BuildKit plain progress with numbered steps', () => {
    const out = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': '' });
    expect(out.stderr).toContain('#0 building with "default" instance using docker driver');
    expect(out.stderr).toContain('[internal] load metadata for docker.io/library/busybox:latest');
    expect(out.stderr).toMatch(/#\d+ \[2\/5\] WORKDIR \/app/);
    expect(out.stderr).toMatch(/#\d+ \[5\/5\] COPY \. \./);
    expect(out.stderr).toMatch(/naming to docker\.io\/library\/app:latest done/);
  });

  it('reuses every step before an edited file and rebuilds from the COPY that reads it', () => {
    let host = createHost('laptop', []);
    const first = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': 'v1' }, host);
    host = keep(host, first);
    const second = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': 'v2' }, host);
    expect(second.steps.map((s) => s.cached)).toEqual([true, true, true, false]);
    expect(second.stderr.match(/CACHED/g)).toHaveLength(4);
    expect(second.image?.diffIds.slice(0, 4)).toEqual(first.image?.diffIds.slice(0, 4));
    expect(second.image?.diffIds[4]).not.toBe(first.image?.diffIds[4]);
  });

  it('rebuilds everything with --no-cache but gets the same digests for the same content', () => {
    let host = createHost('laptop', []);
    const first = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': 'v1' }, host);
    host = keep(host, first);
    const again = build(SEED, { 'requirements.txt': 'flask\n', 'main.py': 'v1' }, host, {
      noCache: true,
    });
    expect(again.steps.every((s) => !s.cached)).toBe(true);
    expect(again.image?.diffIds).toEqual(first.image?.diffIds);
  });

  it('gives an empty step the well-known empty layer digest', () => {
    const out = build('FROM busybox\nRUN true\n', {});
    expect(out.image?.diffIds[1]).toBe(EMPTY_LAYER_DIGEST);
  });

  it('fails a RUN that exits non-zero with BuildKit wording and the Dockerfile excerpt', () => {
    const out = build('FROM busybox\nRUN false\n', {});
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain(
      'ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1',
    );
    expect(out.stderr).toContain('   2 | >>> RUN false');
    expect(out.stderr.trimEnd().split('\n').at(-1)).toBe(
      'ERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
    );
    expect(out.errors[0]?.line).toBe(2);
  });

  it('starts a SHELL with its options: -x traces each command, -o pipefail fails the pipe', () => {
    // Recorded on the 20.10 oracle with SHELL ["/bin/sh", "-e", "-x", "-c"].
    const traced = build(
      'FROM busybox\nSHELL ["/bin/sh", "-e", "-x", "-c"]\nRUN echo one && X=2 && echo "$X"\n',
      {},
    );
    expect(traced.stderr).toMatch(
      /#\d+ [\d.]+ \+ echo one\n#\d+ [\d.]+ one\n#\d+ [\d.]+ \+ X=2\n#\d+ [\d.]+ \+ echo 2\n#\d+ [\d.]+ 2\n/,
    );
    const piped = build(
      'FROM busybox\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN false | true\n',
      {},
    );
    expect(piped.ok).toBe(false);
    expect(piped.stderr).toContain(
      'process "/bin/sh -o pipefail -c false | true" did not complete successfully: exit code: 1',
    );
  });

  it('runs a login SHELL (-l, bash --login) as a login shell: /etc/profile is read first', () => {
    // Recorded on the 20.10 oracle: greeting=hello under sh -l, nothing under sh -c.
    const out = build(
      'FROM busybox\nRUN echo "export GREETING=hello" > /etc/profile\n' +
        'SHELL ["/bin/sh", "-l", "-c"]\nRUN echo "greeting=$GREETING"\n' +
        'SHELL ["/bin/sh", "-c"]\nRUN echo "plain=$GREETING"\n',
      {},
    );
    expect(out.stderr).toMatch(/#\d+ [\d.]+ greeting=hello\n/);
    expect(out.stderr).toMatch(/#\d+ [\d.]+ plain=\n/);
  });

  it('prints build checks under the first step and, when the build succeeds, a summary', () => {
    const out = build('FROM busybox as base\nCMD echo hi\n', {});
    expect(out.stderr).toContain(
      "#1 transferring dockerfile: 33B done\n#1 WARN: FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)\n" +
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)\n#1 DONE 0.0s\n',
    );
    expect(out.stderr).toMatch(
      /#\d+ DONE \d\.\ds\n\n 2 warnings found \(use docker --debug to expand\):\n - FromAsCasing: 'as' and 'FROM' keywords' casing do not match \(line 1\)\n - JSONArgsRecommended: .* \(line 2\)\n$/,
    );
    const failed = build('FROM busybox as base\nRUN false\n', {});
    expect(failed.stderr).toContain('#1 WARN: FromAsCasing');
    expect(failed.stderr).not.toContain('warning found');
    expect(build('FROM busybox as base\n', {}, undefined, { quiet: true }).stderr).toBe('');
  });

  it('fetches the frontend a syntax directive names first, then finds it in the builder', () => {
    const df = '# syntax=docker/dockerfile:1\nFROM busybox\nRUN echo hi\n';
    const first = build(df, {});
    expect(first.stderr).toMatch(
      /#1 DONE 0\.0s\n\n#2 resolve image config for docker-image:\/\/docker\.io\/docker\/dockerfile:1\n#2 DONE \d\.\ds\n\n#3 docker-image:\/\/docker\.io\/docker\/dockerfile:1@sha256:[0-9a-f]{64}\n#3 resolve docker\.io\/docker\/dockerfile:1@sha256:[0-9a-f]{64} 0\.0s done\n#3 sha256:[0-9a-f]{64} [\d.]+MB \/ [\d.]+MB 0\.3s done\n#3 extracting sha256:[0-9a-f]{64} 0\.3s done\n#3 DONE 0\.6s\n\n#4 \[internal\] load metadata for docker\.io\/library\/busybox:latest\n/,
    );
    const again = build(df, {}, keep(createHost('laptop', []), first));
    expect(again.stderr).toMatch(
      /#3 resolve docker\.io\/docker\/dockerfile:1@sha256:[0-9a-f]{64} done\n#3 CACHED\n/,
    );
    expect(build('FROM busybox\n', {}).stderr).not.toContain('resolve image config');
  });

  it('does not load the build context for a COPY of heredocs only', () => {
    const out = build('FROM busybox\nCOPY <<EOF /etc/motd\nhello\nEOF\n', {});
    expect(out.ok).toBe(true);
    expect(out.stderr).not.toContain('load build context');
    expect(
      build('FROM busybox\nCOPY <<EOF a.txt /x/\nhi\nEOF\n', { 'a.txt': 'a' }).stderr,
    ).toContain('load build context');
  });

  it('records COPY and ADD in history with their paths expanded and unquoted, without flags', () => {
    // Recorded on the 20.10 oracle (docker history --no-trunc).
    const out = build(
      'FROM busybox\nENV D=/dst\nCOPY "a.txt" "${D}/"\nCOPY ["a.txt", "$D/c.txt"]\nCOPY --chmod=700 --chown=1:1 a.txt /x/\n',
      { 'a.txt': 'a\n' },
    );
    expect(out.image?.history.slice(-3).map((h) => h.created_by)).toEqual([
      'COPY a.txt /dst/ # buildkit',
      'COPY a.txt /dst/c.txt # buildkit',
      'COPY a.txt /x/ # buildkit',
    ]);
  });

  it('exposes ports as the port parser reads them and refuses a bad protocol', () => {
    const out = build('FROM busybox\nEXPOSE 1.2.3.4:80:80 8000-8001 443/tcp/x\n', {});
    expect(Object.keys(out.image?.config.ExposedPorts ?? {}).sort()).toEqual([
      '443/tcp',
      '80/tcp',
      '8000/tcp',
      '8001/tcp',
    ]);
    expect(out.image?.history.at(-1)?.created_by).toBe(
      'EXPOSE map[443/tcp:{} 80/tcp:{} 8000/tcp:{} 8001/tcp:{}]',
    );
    const bad = build('FROM busybox\nEXPOSE 80/xyz\n', {});
    expect(bad.ok).toBe(false);
    expect(bad.stderr).toContain('   2 | >>> EXPOSE 80/xyz\n');
    expect(bad.stderr).toContain('ERROR: failed to solve: Invalid proto: xyz\n');
  });

  it('keeps an ONBUILD trigger in the config without a history row, as BuildKit does', () => {
    const out = build('FROM busybox\nONBUILD COPY . /app\nSTOPSIGNAL SIGQUIT\n', {});
    expect(out.image?.config.OnBuild).toEqual(['COPY . /app']);
    expect(
      out.image?.history.map((h) => h.created_by).filter((c) => c?.startsWith('ONBUILD')),
    ).toEqual([]);
    expect(out.image?.history.at(-1)?.created_by).toBe('STOPSIGNAL SIGQUIT');
  });

  it('names a single stage stage-0 once it copies from an image or mounts a cache', () => {
    // Recorded on the 20.10 oracle, one Dockerfile each.
    const label = (df: string, files: Record<string, string> = {}) =>
      /#\d+ (\[[^\]]*\]) (RUN|COPY)/.exec(build(df, files).stderr)?.[1];
    expect(label('FROM busybox\nCOPY --from=busybox /bin/true /t\n')).toBe('[stage-0 2/2]');
    expect(label('FROM busybox\nRUN --mount=type=cache,target=/c true\n')).toBe('[stage-0 2/2]');
    expect(
      label('FROM busybox\nRUN --mount=type=bind,source=r.txt,target=/r true\n', { 'r.txt': 'r' }),
    ).toBe('[2/2]');
    expect(label('FROM busybox AS base\nRUN true\n')).toBe('[2/2]');
  });

  it('reports a missing COPY source with the path', () => {
    const out = build('FROM busybox\nCOPY nope.txt /\n', {});
    expect(out.ok).toBe(false);
    expect(out.stderr).toMatch(/"\/nope\.txt": not found/);
  });

  it('reports an unknown instruction with its line', () => {
    const out = build('FROM busybox\nRUNN echo hi\n', {});
    expect(out.ok).toBe(false);
    expect(out.stderr).toContain('unknown instruction: RUNN');
    expect(out.errors[0]?.line).toBe(2);
  });

  it('refuses instructions before FROM', () => {
    const out = build('ENV A=1\nFROM busybox\n', {});
    expect(out.stderr).toContain('no build stage in current context');
  });

  it('fails for an unknown image the way a registry refuses it', () => {
    const out = build('FROM nosuchimage:1.0\n', {});
    expect(out.stderr).toContain(
      'pull access denied, repository does not exist or may require authorization',
    );
  });

  it('expands ARG and ENV in instructions and records build args in RUN history', () => {
    const df =
      'FROM busybox\nARG NAME\nARG GREETING=hello\nENV WHO=${NAME:-nobody}\nRUN echo "$GREETING $WHO" > /greeting\n';
    const plain = build(df, {});
    expect(plain.image?.config.Env).toContain('WHO=nobody');
    const withArg = build(df, {}, undefined, { buildArgs: { NAME: 'ada', GREETING: 'hi' } });
    expect(withArg.image?.config.Env).toContain('WHO=ada');
    // Recorded on the 20.10 oracle: a declared ARG with no value is listed empty.
    expect(plain.image?.history.at(-1)?.created_by).toBe(
      'RUN |2 NAME= GREETING=hello /bin/sh -c echo "$GREETING $WHO" > /greeting # buildkit',
    );
    expect(withArg.image?.history.at(-1)?.created_by).toBe(
      'RUN |2 NAME=ada GREETING=hi /bin/sh -c echo "$GREETING $WHO" > /greeting # buildkit',
    );
  });

  it('names steps as BuildKit does: RUN keeps quotes and unset variables, COPY expands', () => {
    // Recorded with Docker 20.10 (BuildKit), for the same Dockerfile and --build-arg-less build.
    const df = [
      'FROM busybox',
      'ARG A=fromarg',
      'ARG U',
      'ENV E="from env"',
      `run echo $A "$E" '$A' \${U} $NOPE \\$A`,
      `COPY "f.txt" /x/$A/$NOPE/`,
      'WORKDIR "/w/$E"',
      '',
    ].join('\n');
    const out = build(df, { 'f.txt': 'f' });
    expect(out.ok).toBe(true);
    expect(out.stderr).toMatch(
      /#\d+ \[2\/4\] RUN echo fromarg "from env" '\$A' \$\{U\} \$NOPE \$A\n/,
    );
    expect(out.stderr).toMatch(/#\d+ \[3\/4\] COPY f\.txt \/x\/fromarg\/\/\n/);
    expect(out.stderr).toMatch(/#\d+ \[4\/4\] WORKDIR \/w\/from env\n/);
  });

  it('keeps an absolute WORKDIR as written and cleans a relative one joined to it', () => {
    // Recorded with Docker 20.10: history rows `WORKDIR /root/`, `WORKDIR /a/../b/`, then
    // `WORKDIR /b/c`, and Config.WorkingDir `/b/c`.
    const df = ['FROM busybox', 'WORKDIR /root/', 'WORKDIR /a/../b/', 'WORKDIR c/', ''];
    const out = build(df.join('\n'), {});
    expect(out.image?.history.slice(-3).map((h) => h.created_by)).toEqual([
      'WORKDIR /root/',
      'WORKDIR /a/../b/',
      'WORKDIR /b/c',
    ]);
    expect(out.image?.config.WorkingDir).toBe('/b/c');
  });

  it('pads step numbers to the width of the total, as BuildKit does', () => {
    // Recorded with Docker 20.10: `#4 [b  1/11] FROM ...`, `#13 [b 10/11] RUN echo 9`.
    const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i + 1}`);
    const df = ['FROM busybox AS b', ...runs, 'FROM busybox', 'COPY --from=b /bin/sh /x', ''];
    const out = build(df.join('\n'), {});
    expect(out.stderr).toMatch(/#\d+ \[b {2}1\/11\] FROM /);
    expect(out.stderr).toMatch(/#\d+ \[b {2}2\/11\] RUN echo 1\n/);
    expect(out.stderr).toMatch(/#\d+ \[b 11\/11\] RUN echo 10\n/);
    expect(out.stderr).toMatch(/#\d+ \[stage-1 2\/2\] COPY --from=b \/bin\/sh \/x\n/);
  });

  it('builds only the stages the target needs and copies between stages', () => {
    const df =
      'FROM busybox AS build\nRUN mkdir /out && echo built > /out/app\n\nFROM build AS test\nRUN false\n\nFROM busybox\nCOPY --from=build /out /app\n';
    const out = build(df, {});
    expect(out.ok).toBe(true);
    expect(out.stderr).not.toContain('[test');
    expect(out.stderr).toMatch(/\[stage-2 2\/2\] COPY --from=build \/out \/app/);
    expect(out.image?.history.at(-1)?.created_by).toBe('COPY /out /app # buildkit');
  });

  it('copies a wildcard matching one file to a file destination (COPY --from=build *.jar app.jar)', () => {
    const df =
      'FROM busybox AS build\nRUN mkdir -p /app/target && echo jar > /app/target/demo-1.jar\n\nFROM busybox\nCOPY --from=build /app/target/*.jar app.jar\n';
    const out = build(df, {});
    expect(out.ok).toBe(true);
    const layer = out.layers.at(-1)?.tree;
    expect(layer?.children['app.jar']).toMatchObject({ kind: 'file' });
  });

  it('skips a wildcard source that matches nothing, as BuildKit does (Next.js lockfile COPY)', () => {
    const out = build(
      'FROM busybox\nWORKDIR /app\nCOPY package.json yarn.lock* package-lock.json* ./\nCOPY none* /made/\n',
      { 'package.json': '{}\n', 'package-lock.json': '{}\n' },
    );
    expect(out.ok).toBe(true);
    const app = out.layers.at(-2)?.tree.children['app'] as DirNode | undefined;
    expect(Object.keys(app?.children ?? {}).sort()).toEqual(['package-lock.json', 'package.json']);
    // Recorded on the 20.10 oracle: nothing matched, so not even the destination is made.
    expect(out.layers.at(-1)?.tree.children['made']).toBeUndefined();
  });

  it('lets the last of several sources stand at a file destination, as BuildKit does', () => {
    const out = build('FROM busybox\nCOPY a.jar c.jar app.jar\n', {
      'a.jar': 'hi\n',
      'c.jar': 'y\n',
    });
    expect(out.ok).toBe(true);
    const file = out.layers.at(-1)?.tree.children['app.jar'];
    expect(file).toMatchObject({ kind: 'file' });
    expect(file && 'text' in file ? file.text : undefined).toBe('y\n');
  });

  it('fails for an unknown --target', () => {
    const out = build('FROM busybox AS a\n', {}, undefined, { target: 'nope' });
    expect(out.stderr).toContain('target stage "nope" could not be found');
  });

  it('leaves files excluded by .dockerignore out of COPY . .', () => {
    const out = build('FROM busybox\nCOPY . /ctx\n', {
      '.dockerignore': '*.log\n',
      'app.txt': 'a',
      'debug.log': 'x',
    });
    const layer = out.layers.at(-1)?.tree;
    const ctx = layer && (layer.children['ctx'] as DirNode);
    expect(Object.keys(ctx?.children ?? {}).sort()).toEqual([
      '.dockerignore',
      'Dockerfile',
      'app.txt',
    ]);
  });

  it('warns when a later RUN deletes bytes an earlier layer stored', () => {
    const big = 'x'.repeat(50_000);
    const out = build('FROM busybox\nCOPY big.bin /big.bin\nRUN rm /big.bin\n', { 'big.bin': big });
    expect(out.hints.map((h) => [h.code, h.line])).toEqual([['LC1002', 3]]);
  });
});

describe('RUN --mount', () => {
  it('keeps what a cache mount receives out of the layer', () => {
    const out = build(
      'FROM busybox\nRUN --mount=type=cache,target=/cache echo big > /cache/blob && echo kept > /kept\n',
      {},
    );
    expect(out.ok).toBe(true);
    const layer = out.layers.at(-1)?.tree;
    expect(Object.keys(layer?.children ?? {}).sort()).toEqual(['cache', 'kept']);
    expect((layer?.children['cache'] as DirNode).children).toEqual({});
  });
});
