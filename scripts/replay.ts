/**
 * npm run replay -- FILE   (or a script on standard input)
 * Runs a scenario script in a fresh simulated session and prints the transcript. Exits 0
 * whatever the commands' own statuses; non-zero only when the script cannot be read.
 */
import { readFileSync } from 'node:fs';
import { loadCatalog } from '../app/engine/catalog';
import { replay } from '../app/session/replay';

async function main(): Promise<number> {
  const file = process.argv[2];
  let script: string;
  try {
    script = file && file !== '-' ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
  } catch (err) {
    process.stderr.write(
      `replay: cannot read ${file ?? 'standard input'}: ${(err as Error).message}\n`,
    );
    return 2;
  }
  const catalog = await loadCatalog();
  process.stdout.write(replay(script, catalog).text);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`replay: ${(err as Error).stack ?? err}\n`);
    process.exit(3);
  },
);
