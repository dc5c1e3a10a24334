/**
 * Behaviour recorded from a real Docker Engine (20.10, BuildKit) with
 * `DOCKER_BUILDKIT=1 docker build --progress plain`: the build log shows each RUN step as
 * BuildKit joined it, which must equal our `original` after the keyword.
 */
import { describe, expect, it } from 'vitest';
import { expandWord, parseDockerfile } from './index';

function runSteps(text: string): string[] {
  const result = parseDockerfile(text);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.original);
}

describe('continuations as the Docker build log shows them', () => {
  it('drops blank and comment lines and keeps the spaces around the backslash', () => {
    // Log: "#5 [2/3] RUN echo "a  b"   cd"
    expect(runSteps('FROM busybox\nRUN echo "a  b" \\\n\n  c\\\n# x\nd\n')).toEqual([
      'RUN echo "a  b"   cd',
    ]);
  });

  it('uses the backtick after # escape=` and leaves backslashes alone', () => {
    // Log: "#5 [2/3] RUN echo a  b \\ c" and "#6 [3/3] RUN echo ... && echo   done"
    const text =
      '# escape=`\nFROM busybox\nRUN echo a`\n  b \\\\ c\nRUN echo x && echo `\n\n  done\n';
    expect(runSteps(text)).toEqual(['RUN echo a  b \\\\ c', 'RUN echo x && echo   done']);
  });
});

describe('ENV expansion as a real build stores it', () => {
  it('expands defaults, alternatives, quotes and escapes like BuildKit', () => {
    // Recorded: ENV A=apple E= then ENV R1="${A:-d}|${N:-d}|${E:-d}" R2='$A' R3=\$A
    // R4="${A:+x}|${E:+x}|${N:+x}" R5="a\"b" R6=${A}_x\ y, and a RUN echoing them printed
    // [apple|d|d][$A][$A][x||][a"b][apple_x y].
    const env: Record<string, string> = { A: 'apple', E: '' };
    const lookup = (name: string): string | undefined => env[name];
    const values = [
      '"${A:-d}|${N:-d}|${E:-d}"',
      "'$A'",
      '\\$A',
      '"${A:+x}|${E:+x}|${N:+x}"',
      '"a\\"b"',
      '${A}_x\\ y',
    ].map((w) => {
      const r = expandWord(w, lookup);
      return r.ok ? r.value : r.error;
    });
    expect(values).toEqual(['apple|d|d', '$A', '$A', 'x||', 'a"b', 'apple_x y']);
  });
});
