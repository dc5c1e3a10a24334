/**
 * The /etc/sudoers and /etc/sudoers.d/README the sudo .deb ships, as each release has them
 * (both mode 0440, root:root: `ls -l /etc/sudoers` shows `-r--r-----`). Debian's default:
 * env_reset, mail_badpass and a secure_path; root and the sudo group may run anything; the
 * drop-in directory is read through `@includedir` from sudo 1.9.13 (bookworm, trixie) with
 * `Defaults use_pty`, through `#includedir` before (bullseye). Ubuntu adds /snap/bin to the
 * secure_path and the admin group (focal is the old form, jammy has use_pty and the
 * env_keep examples, noble also the CVE note above use_pty).
 */
import type { PackageFile } from '../types';

const HEADER = `#
# This file MUST be edited with the 'visudo' command as root.
#
# Please consider adding local content in /etc/sudoers.d/ instead of
# directly modifying this file.
#
# See the man page for details on how to write a sudoers file.
#
Defaults\tenv_reset
Defaults\tmail_badpass
`;

const USE_PTY_NOTE = `
# This fixes CVE-2005-4890 and possibly breaks some versions of kdesu
# (#1011624, https://bugs.kde.org/show_bug.cgi?id=452532)
Defaults\tuse_pty
`;

const ENV_KEEP_EXAMPLES = `
# This preserves proxy settings from user environments of root
# equivalent users (group sudo)
#Defaults:%sudo env_keep += "http_proxy https_proxy ftp_proxy all_proxy no_proxy"

# This allows running arbitrary commands, but so does ALL, and it means
# different sudoers have their choice of editor respected.
#Defaults:%sudo env_keep += "EDITOR"

# Completely harmless preservation of a user preference.
#Defaults:%sudo env_keep += "GREP_COLOR"

# While you shouldn't normally run git as root, you need to with etckeeper
#Defaults:%sudo env_keep += "GIT_AUTHOR_* GIT_COMMITTER_*"

# Per-user preferences; root won't have sensible values for them.
#Defaults:%sudo env_keep += "EMAIL DEBEMAIL DEBFULLNAME"

# "sudo scp" or "sudo rsync" should be able to use your SSH agent.
#Defaults:%sudo env_keep += "SSH_AGENT_PID SSH_AUTH_SOCK"

# Ditto for GPG agent
#Defaults:%sudo env_keep += "GPG_AGENT_INFO"
`;

const ALIASES = `
# Host alias specification

# User alias specification

# Cmnd alias specification

# User privilege specification
root\tALL=(ALL:ALL) ALL
`;

const ADMIN = `
# Members of the admin group may gain root privileges
%admin ALL=(ALL) ALL
`;

const SUDO_GROUP = `
# Allow members of group sudo to execute any command
%sudo\tALL=(ALL:ALL) ALL
`;

function include(at: boolean): string {
  const mark = at ? '@' : '#';
  return `\n# See sudoers(5) for more information on "${mark}include" directives:\n\n${mark}includedir /etc/sudoers.d\n`;
}

/** The README of the new form, which names @includedir. */
const README_AT = `#
# The default /etc/sudoers file created on installation of the
# sudo  package now includes the directive:
# 
# \t@includedir /etc/sudoers.d
# 
# This will cause sudo to read and parse any files in the /etc/sudoers.d 
# directory that do not end in '~' or contain a '.' character, if it
# exists. It is not an error if the directory does not exist.
# 
# Note also, that because sudoers contents can vary widely, no attempt is 
# made to add this directive to existing sudoers files on upgrade.  Feel free
# to add the above directive to the end of your /etc/sudoers file to enable 
# this functionality for existing installations if you wish!
# Sudo versions older than 1.9.1 will only support the old syntax
# #includedir. That means that the sudo versions in Debian bullseye (11)
# and later will happily accept both @includedir and #includedir.
#
# Finally, please note that using the visudo command is the recommended way
# to update sudoers content, since it protects against many failure modes.
# See the man page for visudo and sudoers for more information.
#
`;

/** The README of the old form (bullseye, focal), which names #includedir. */
const README_HASH = `#
# As of Debian version 1.7.2p1-1, the default /etc/sudoers file created on
# installation of the package now includes the directive:
# 
# \t#includedir /etc/sudoers.d
# 
# This will cause sudo to read and parse any files in the /etc/sudoers.d 
# directory that do not end in '~' or contain a '.' character.
# 
# Note that there must be at least one file in the sudoers.d directory (this
# one will do), and all files in this directory should be mode 0440.
# 
# Note also, that because sudoers contents can vary widely, no attempt is 
# made to add this directive to existing sudoers files on upgrade.  Feel free
# to add the above directive to the end of your /etc/sudoers file to enable 
# this functionality for existing installations if you wish!
#
# Finally, please note that using the visudo command is the recommended way
# to update sudoers content, since it protects against many failure modes.
# See the man page for visudo for more information.
#
`;

/** "1.9.13p3-1+deb12u2" → [1, 9, 13]. */
function upstream(version: string): number[] {
  return (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
}

function atLeast(version: string, want: readonly number[]): boolean {
  const have = upstream(version);
  for (let i = 0; i < want.length; i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** /etc/sudoers as this build of sudo installs it. */
export function sudoersText(version: string): string {
  const ubuntu = version.includes('ubuntu');
  const securePath = `Defaults\tsecure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin${ubuntu ? ':/snap/bin' : ''}"\n`;
  const newForm = atLeast(version, ubuntu ? [1, 9, 9] : [1, 9, 13]);
  // Ubuntu's jammy build put use_pty straight under secure_path; noble and Debian explain it.
  const usePty = !newForm
    ? ''
    : ubuntu && !atLeast(version, [1, 9, 15])
      ? 'Defaults\tuse_pty\n'
      : USE_PTY_NOTE;
  return [
    HEADER,
    securePath,
    usePty,
    newForm ? ENV_KEEP_EXAMPLES : '',
    ALIASES,
    ubuntu ? ADMIN : '',
    SUDO_GROUP,
    include(newForm),
  ].join('');
}

/** The configuration files the sudo package ships, for its version. */
export function sudoConfigFiles(version: string): PackageFile[] {
  const sudoers = sudoersText(version);
  const readme = sudoers.includes('@includedir') ? README_AT : README_HASH;
  return [
    { path: '/etc/sudoers', size: sudoers.length, mode: 0o440, text: sudoers },
    { path: '/etc/sudoers.d/README', size: readme.length, mode: 0o440, text: readme },
  ];
}
