import { describe, expect, it } from 'vitest';
import { splitScript } from '../session/split-script';
import {
  checkContextPath,
  heredocDelimiter,
  moveFileCommand,
  removeFileCommand,
  shellQuote,
  writeFileCommand,
} from './file-commands';

const HOME = '/home/learner';

describe('file commands', () => {
  it('writes a file with a quoted heredoc, as one typed unit', () => {
    const command = writeFileCommand('Dockerfile', 'FROM x\nENV A=$B', HOME, HOME);
    expect(command).toBe("cat > Dockerfile <<'EOF'\nFROM x\nENV A=$B\nEOF");
    expect(splitScript(command + '\nls')).toEqual([command, 'ls']);
  });

  it('chooses a delimiter no line of the text equals', () => {
    expect(heredocDelimiter('a\nEOF\nEOF1\n')).toBe('EOF2');
    expect(heredocDelimiter('xEOF\n')).toBe('EOF');
  });

  it('writes paths from elsewhere with ~/ and creates folders first', () => {
    expect(writeFileCommand('src/app.py', '', '/tmp', HOME)).toBe(
      "mkdir -p ~/src && cat > ~/src/app.py <<'EOF'\nEOF",
    );
  });

  it('quotes names the shell would split or expand', () => {
    expect(shellQuote('my file.txt')).toBe("'my file.txt'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(moveFileCommand('a b', 'c', '/', HOME)).toBe("mv ~/'a b' ~/c");
    expect(removeFileCommand('-rf', HOME, HOME)).toBe('rm ./-rf');
  });

  it('accepts only relative paths inside the build context', () => {
    expect(checkContextPath('src/app.py')).toBeNull();
    expect(checkContextPath('/etc/passwd')).toMatch(/inside the build context/);
    expect(checkContextPath('a//b')).toMatch(/need names/);
    expect(checkContextPath(' ')).toBe('A file needs a name.');
  });
});
