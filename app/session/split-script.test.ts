import { describe, expect, it } from 'vitest';
import { splitScript } from './split-script';

describe('splitScript', () => {
  it('keeps a heredoc body with the command that opened it', () => {
    const units = splitScript(
      "cat > Dockerfile <<'EOF'\nFROM busybox\nRUN echo hi\nEOF\necho flask > requirements.txt\n",
    );
    expect(units).toEqual([
      "cat > Dockerfile <<'EOF'\nFROM busybox\nRUN echo hi\nEOF",
      'echo flask > requirements.txt',
    ]);
  });

  it('joins backslash continuations and open quotes', () => {
    expect(splitScript("docker run -d \\\n  --name web nginx\necho 'a\nb'\n")).toEqual([
      'docker run -d \\\n  --name web nginx',
      "echo 'a\nb'",
    ]);
  });

  it('drops blank and comment lines between commands', () => {
    expect(splitScript('# set up\n\nls\n  # more\npwd')).toEqual(['ls', 'pwd']);
  });

  it('does not mistake << inside quotes for a heredoc', () => {
    expect(splitScript("echo '<<EOF'\nls")).toEqual(["echo '<<EOF'", 'ls']);
  });

  it('handles <<- with tab-indented terminators', () => {
    expect(splitScript('cat <<-END\n\thello\n\tEND\nls')).toEqual([
      'cat <<-END\n\thello\n\tEND',
      'ls',
    ]);
  });
});
