/** Quoting values the way `set`, `export -p` and `trap` print them, so they can be re-read. */

export function quoteValue(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}
