/**
 * Fields of the catalog's one-line package records (`name version kb deps|summary|files|bins`),
 * as the language ecosystems (npm, PyPI, RubyGems) write them.
 */

/** A space-separated field as its words (an absent or empty field has none). */
export function words(field: string | undefined): string[] {
  return (field ?? '').split(' ').filter(Boolean);
}

/** A field of `command=path` pairs (a package's executables) as a map. */
export function commandPaths(field: string | undefined): Record<string, string> {
  const bin: Record<string, string> = {};
  for (const entry of words(field)) {
    const [cmd, path] = entry.split('=');
    if (cmd && path) bin[cmd] = path;
  }
  return bin;
}
