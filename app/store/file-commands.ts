/**
 * The editor and the file list change the host's files by running the commands a person
 * would type (`cat > Dockerfile <<'EOF'`, `mv`, `rm`) through the session. The terminal and
 * the editor then always agree, the transcript shows what happened, and a replay of the
 * scenario rebuilds the same files.
 */

/** Quotes a word for the shell only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * How a path relative to the home folder is written at the prompt: as is when the shell is
 * in the home folder, else `~/path` (tilde stays unquoted so the shell expands it).
 */
export function homePath(path: string, cwd: string, home: string): string {
  // A leading dash would read as an option to mv and rm.
  if (cwd === home) return shellQuote(path.startsWith('-') ? `./${path}` : path);
  const quoted = shellQuote(path);
  return quoted.startsWith("'") ? `~/${quoted}` : `~/${path}`;
}

/** A here-document delimiter that no line of `text` equals. */
export function heredocDelimiter(text: string): string {
  const lines = new Set(text.split('\n'));
  if (!lines.has('EOF')) return 'EOF';
  for (let n = 1; ; n++) if (!lines.has(`EOF${n}`)) return `EOF${n}`;
}

/** Files written through a here-document end with a newline, as editors save them. */
export function withFinalNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n';
}

/**
 * `cat > PATH <<'EOF' ... EOF`; a quoted delimiter keeps `$` and backslashes literal. Files
 * in folders get `mkdir -p` first. An empty text gives an empty file.
 */
export function writeFileCommand(path: string, text: string, cwd: string, home: string): string {
  const body = withFinalNewline(text);
  const delimiter = heredocDelimiter(body);
  const target = homePath(path, cwd, home);
  const slash = path.lastIndexOf('/');
  const mkdir = slash > 0 ? `mkdir -p ${homePath(path.slice(0, slash), cwd, home)} && ` : '';
  return `${mkdir}cat > ${target} <<'${delimiter}'\n${body}${delimiter}`;
}

export function moveFileCommand(from: string, to: string, cwd: string, home: string): string {
  const slash = to.lastIndexOf('/');
  const mkdir = slash > 0 ? `mkdir -p ${homePath(to.slice(0, slash), cwd, home)} && ` : '';
  return `${mkdir}mv ${homePath(from, cwd, home)} ${homePath(to, cwd, home)}`;
}

export function removeFileCommand(path: string, cwd: string, home: string): string {
  return `rm ${homePath(path, cwd, home)}`;
}

/**
 * Checks a path typed into the file list: relative, inside the home folder, no empty or
 * dot segments. Returns an error message, or null when it is fine.
 */
export function checkContextPath(path: string): string | null {
  if (path.trim() === '') return 'A file needs a name.';
  if (path.startsWith('/') || path.startsWith('~'))
    return 'Use a path inside the build context, like src/app.py.';
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..'))
    return 'Folders in the path need names (no empty parts, "." or "..").';
  if (/[\n\0]/.test(path)) return 'File names cannot hold line breaks.';
  return null;
}
