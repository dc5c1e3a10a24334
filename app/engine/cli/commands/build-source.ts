/**
 * Where `docker build` gets its Dockerfile and its context from. Besides a folder (with
 * PATH/Dockerfile or -f FILE), the Dockerfile can come from stdin, which is how a terminal
 * heredoc (`<<'EOF'`) or a `< Dockerfile` redirect reaches the CLI:
 * - `docker build -f - .`: the Dockerfile is stdin, the context is still the folder.
 * - `docker build -`: the Dockerfile is stdin and there is NO context, so a COPY of a local
 *   file fails as "not found" (recorded: fixtures/docker/build-stdin-no-context.txt).
 * Either way BuildKit names it "Dockerfile" in `load build definition from Dockerfile`.
 * (A tar archive on stdin as the context is not modelled: stdin is text here.)
 */
import { emptyDir } from '../../fs/node';
import type { DirNode } from '../../fs/node';
import { resolvePath } from '../../fs/path';
import type { ProgramIO } from '../../shell/program';

export type BuildSource =
  | { ok: true; dockerfile: string; dockerfileName: string; contextTree: DirNode }
  | { ok: false; error: string };

const STDIN = '-';

/** The Dockerfile text, its name for the progress lines, and the context folder's tree. */
export function readBuildSource(
  io: Pick<ProgramIO, 'fs' | 'cwd' | 'stdin'>,
  contextArg: string,
  fileFlag: string | undefined,
): BuildSource {
  if (contextArg === STDIN) {
    // Messages as the CLI printed them for the 20.10 daemon, with buildx's `ERROR: ` prefix.
    if (fileFlag === STDIN)
      return fail("invalid argument: can't use stdin for both build context and dockerfile");
    if (fileFlag)
      return fail('ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles');
    return {
      ok: true,
      dockerfile: io.stdin,
      dockerfileName: 'Dockerfile',
      contextTree: emptyDir(),
    };
  }
  const contextPath = resolvePath(io.cwd, contextArg);
  const contextTree = io.fs.tree(contextPath);
  if (!contextTree.ok || contextTree.value.kind !== 'dir')
    return fail(`unable to prepare context: path "${contextArg}" not found`);
  if (fileFlag === STDIN) {
    return {
      ok: true,
      dockerfile: io.stdin,
      dockerfileName: 'Dockerfile',
      contextTree: contextTree.value,
    };
  }
  const dockerfilePath = fileFlag
    ? resolvePath(io.cwd, fileFlag)
    : resolvePath(contextPath, 'Dockerfile');
  const dockerfileName = fileFlag ?? 'Dockerfile';
  const file = io.fs.readFile(dockerfilePath);
  if (!file.ok || file.value.text === undefined) {
    return {
      ok: false,
      error:
        '#0 building with "default" instance using docker driver\n\n' +
        `#1 [internal] load build definition from ${dockerfileName.split('/').pop()}\n` +
        '#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n' +
        `ERROR: failed to solve: failed to read dockerfile: open ${dockerfileName}: no such file or directory\n`,
    };
  }
  return { ok: true, dockerfile: file.value.text, dockerfileName, contextTree: contextTree.value };
}

function fail(message: string): BuildSource {
  return { ok: false, error: `ERROR: ${message}\n` };
}
