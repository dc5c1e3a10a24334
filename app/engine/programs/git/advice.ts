/**
 * git's advice ("hint:" lines) and notices, in the wording of the git version that prints
 * them. Before git 2.45 an empty hint line kept a trailing space ("hint: "); from 2.45 it is
 * "hint:". The initial-branch hint appeared in git 2.30 and was reworded for Git 3.0's new
 * default in 2.52, which also names the setting that turns it off.
 */
import { atLeast, type GitVersion } from './version';

/** Lines as git's advise() prints them on stderr. */
export function hintLines(version: GitVersion, text: string): string {
  const empty = atLeast(version, 2, 45) ? 'hint:' : 'hint: ';
  return text
    .split('\n')
    .map((line) => (line === '' ? empty : `hint: ${line}`))
    .join('\n')
    .concat('\n');
}

/** What `git init` says when no init.defaultBranch is configured (none before 2.30). */
export function defaultBranchHint(version: GitVersion): string {
  if (!atLeast(version, 2, 30)) return '';
  const tail =
    "\nNames commonly chosen instead of 'master' are 'main', 'trunk' and\n" +
    "'development'. The just-created branch can be renamed via this command:\n\n" +
    '\tgit branch -m <name>';
  if (!atLeast(version, 2, 52))
    return hintLines(
      version,
      "Using 'master' as the name for the initial branch. This default branch name\n" +
        'is subject to change. To configure the initial branch name to use in all\n' +
        'of your new repositories, which will suppress this warning, call:\n\n' +
        '\tgit config --global init.defaultBranch <name>\n' +
        tail,
    );
  return hintLines(
    version,
    "Using 'master' as the name for the initial branch. This default branch name\n" +
      'will change to "main" in Git 3.0. To configure the initial branch name\n' +
      'to use in all of your new repositories, which will suppress this warning,\n' +
      'call:\n\n' +
      '\tgit config --global init.defaultBranch <name>\n' +
      tail +
      '\n\nDisable this message with "git config set advice.defaultBranchName false"',
  );
}

/** The notice for a checkout that detaches HEAD (git 2.23 and later: "switch"). */
export function detachedHeadAdvice(name: string): string {
  return (
    `Note: switching to '${name}'.\n\n` +
    "You are in 'detached HEAD' state. You can look around, make experimental\n" +
    'changes and commit them, and you can discard any commits you make in this\n' +
    'state without impacting any branches by switching back to a branch.\n\n' +
    'If you want to create a new branch to retain commits you create, you may\n' +
    'do so (now or later) by using -c with the switch command. Example:\n\n' +
    '  git switch -c <new-branch-name>\n\n' +
    'Or undo this operation with:\n\n' +
    '  git switch -\n\n' +
    'Turn off this advice by setting config variable advice.detachedHead to false\n\n'
  );
}
