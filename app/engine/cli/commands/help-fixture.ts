/** Recorded `docker <command> --help` texts (fixtures/docker/help), for tests only. */
const FILES = import.meta.glob('../../fixtures/docker/help/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The stdout of `docker <name with dashes> --help`. */
export function helpFixture(name: string): string {
  const text = FILES[`../../fixtures/docker/help/${name}.txt`] ?? '';
  return text.slice(text.indexOf('[stdout]\n') + '[stdout]\n'.length, text.indexOf('[stderr]'));
}
