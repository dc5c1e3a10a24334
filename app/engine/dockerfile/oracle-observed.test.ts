/**
 * Behaviour recorded from a real Docker Engine (20.10, BuildKit) with
 * `DOCKER_BUILDKIT=1 docker build --progress plain`: the build log shows each RUN step as
 * BuildKit joined it, which must equal our `original` after the keyword.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './index';

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
