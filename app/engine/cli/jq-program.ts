/** `jq` on the simulated host: the small jq in ./jq over the host's files and standard input. */
import { resolvePath } from '../fs/path';
import type { Program } from '../shell/program';
import { runJq } from './jq/run';

export const jqProgram: Program = (argv, io) => {
  const result = runJq(argv.slice(1), {
    stdin: io.stdin,
    readFile: (path) => {
      const file = io.fs.readFile(resolvePath(io.cwd, path));
      return file.ok ? (file.value.text ?? '') : null;
    },
  });
  if (result.stdout) io.stdout(result.stdout);
  if (result.stderr) io.stderr(result.stderr);
  return result.exitCode;
};
