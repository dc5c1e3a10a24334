/**
 * /etc/profile, which base-files' postinst copies from /usr/share/base-files/profile when the
 * system has none (so no package lists it: `dpkg -S /etc/profile` finds nothing). Login shells
 * read it (`bash -l`, `sh -l`, `su -`): root's PATH or a user's, the prompt, bash.bashrc for
 * an interactive bash, then every /etc/profile.d/*.sh. Debian's texts per release: bullseye's
 * `id -u` in backquotes (767 bytes), bookworm's in $(...) (769), trixie's list of profile.d
 * scripts from run-parts (828). Ubuntu's (no PATH block) is left out until checked byte for byte.
 */

const HEAD = `# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))
# and Bourne compatible shells (bash(1), ksh(1), ash(1), ...).
`;

function body(idU: string, profileD: string): string {
  return `${HEAD}
if [ "${idU}" -eq 0 ]; then
  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
else
  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"
fi
export PATH

if [ "\${PS1-}" ]; then
  if [ "\${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then
    # The file bash.bashrc already sets the default PS1.
    # PS1='\\h:\\w\\$ '
    if [ -f /etc/bash.bashrc ]; then
      . /etc/bash.bashrc
    fi
  else
    if [ "${idU}" -eq 0 ]; then
      PS1='# '
    else
      PS1='$ '
    fi
  fi
fi

if [ -d /etc/profile.d ]; then
  for i in ${profileD}; do
    if [ -r $i ]; then
      . $i
    fi
  done
  unset i
fi
`;
}

const GLOB = '/etc/profile.d/*.sh';
const RUN_PARTS = `$(run-parts --list --regex '^[a-zA-Z0-9_][a-zA-Z0-9._-]*\\.sh$' /etc/profile.d)`;

const BY_RELEASE: Record<string, string> = {
  bullseye: body('`id -u`', GLOB),
  bookworm: body('$(id -u)', GLOB),
  trixie: body('$(id -u)', RUN_PARTS),
};

/** The /etc/profile of a Debian release's base image, where its text is known. */
export function etcProfile(release: string): string | undefined {
  return BY_RELEASE[release];
}
