/** pip's longer messages, word for word as pip 25 prints them (the root warning, which
 * changed between pip versions, is in pip-dialect.ts). */

/** Debian's EXTERNALLY-MANAGED text, used when the marker file's own text is unknown. */
export function debianExternallyManaged(minor: string): string {
  return [
    'To install Python packages system-wide, try apt install',
    'python3-xyz, where xyz is the package you are trying to',
    'install.',
    '',
    'If you wish to install a non-Debian-packaged Python package,',
    'create a virtual environment using python3 -m venv path/to/venv.',
    'Then use path/to/venv/bin/python and path/to/venv/bin/pip. Make',
    'sure you have python3-full installed.',
    '',
    'If you wish to install a non-Debian packaged Python application,',
    'it may be easiest to use pipx install xyz, which will manage a',
    'virtual environment for you. Make sure you have pipx installed.',
    '',
    `See /usr/share/doc/python${minor}/README.venv for more information.`,
  ].join('\n');
}

/** The error from the marker's Error= text (an INI file), or Debian's words. */
export function externallyManagedError(markerText: string | undefined, minor: string): string {
  const fromFile = markerText
    ? /^Error\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)/m.exec(markerText)?.[1]
    : undefined;
  const body = (
    fromFile
      ? fromFile
          .split('\n')
          .map((l) => l.trim())
          .join('\n')
          .trim()
      : debianExternallyManaged(minor)
  )
    .split('\n')
    .map((line, i) => (i === 0 ? `╰─> ${line}` : line === '' ? '    ' : `    ${line}`))
    .join('\n');
  return (
    'error: externally-managed-environment\n\n' +
    '× This environment is externally managed\n' +
    `${body}\n\n` +
    'note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\n' +
    'hint: See PEP 668 for the detailed specification.\n'
  );
}
