import { describe, expect, it } from 'vitest';
import { commandName, isSubcommand, simpleCommands } from './shell-commands';

describe('simpleCommands', () => {
  it('splits at operators and removes quotes', () => {
    const commands = simpleCommands('apt-get update && echo "a b" | tee x; (cd /y || exit 1)');
    expect(commands.map((c) => c.words)).toEqual([
      ['apt-get', 'update'],
      ['echo', 'a b'],
      ['tee', 'x'],
      ['cd', '/y'],
      ['exit', '1'],
    ]);
  });

  it('drops assignments and sudo in front of the command, and keeps redirect targets apart', () => {
    const [c] = simpleCommands(
      'DEBIAN_FRONTEND=noninteractive sudo apt-get install -y x > /log 2>&1',
    );
    expect(c?.words).toEqual(['apt-get', 'install', '-y', 'x']);
    expect(c?.writes).toEqual(['/log']);
    expect(c && isSubcommand(c, ['apt-get'], ['install'])).toBe(true);
  });

  it('joins continuation lines, skips comments and keeps $(...) in one word', () => {
    const commands = simpleCommands('echo a \\\n b # note\nrm -rf $(ls /x | head)');
    expect(commands.map((c) => c.words)).toEqual([
      ['echo', 'a', 'b'],
      ['rm', '-rf', '$(ls /x | head)'],
    ]);
  });

  it('names a command by its last path component', () => {
    const [c] = simpleCommands('/usr/bin/pip3 install x');
    expect(c && commandName(c)).toBe('pip3');
  });
});
