/**
 * The file list's actions. Edits stay drafts until the next command runs (then they are
 * written with `cat > PATH <<'EOF'`); rename and delete run `mv` and `rm` at once, through
 * the session, so the terminal shows what happened.
 */
import type { StoreApi } from 'zustand/vanilla';
import { DOCKERFILE } from './derive';
import { checkContextPath, moveFileCommand, removeFileCommand } from './file-commands';
import { fileText, laptopDirs } from './host-files';
import type { AppActions, AppStore, TranscriptItem } from './types';

type FileActions = Pick<
  AppActions,
  'setDockerfile' | 'setFile' | 'addFile' | 'renameFile' | 'deleteFile'
>;

const ATTACHED = 'The terminal is inside a container or on another host: type exit there first.';

function failure(item: TranscriptItem | null): string | null {
  if (!item) return 'The simulated computer is not available.';
  if (item.exitCode === 0) return null;
  const text = item.output
    .map((o) => o.text)
    .join('')
    .trim();
  return text || `The command failed with exit code ${item.exitCode}.`;
}

export function createFileActions(
  get: StoreApi<AppStore>['getState'],
  set: StoreApi<AppStore>['setState'],
  deps: { run: (input: string) => Promise<TranscriptItem | null> },
): FileActions {
  const exists = (path: string): boolean =>
    Object.hasOwn(get().drafts, path) || get().hostFiles.some((f) => f.path === path);
  const onHost = (path: string): boolean => get().hostFiles.some((f) => f.path === path);

  function setFile(path: string, text: string): void {
    const s = get();
    const drafts = { ...s.drafts };
    // Exact comparison: the editor must not be rewritten under the person's cursor.
    if (text === fileText(s.hostFiles, path)) delete drafts[path];
    else drafts[path] = text;
    set({ drafts, ...(path === DOCKERFILE ? { dockerfile: text } : {}) });
  }

  return {
    setFile,
    setDockerfile: (text) => setFile(DOCKERFILE, text),

    addFile(path) {
      const error = checkContextPath(path);
      if (error) return error;
      if (exists(path)) return `${path} already exists.`;
      set({ drafts: { ...get().drafts, [path]: '' } });
      return null;
    },

    async renameFile(from, to) {
      const error = checkContextPath(to);
      if (error) return error;
      if (from === to) return null;
      if (exists(to)) return `${to} already exists.`;
      if (!onHost(from)) {
        const { [from]: text = '', ...rest } = get().drafts;
        set({ drafts: { ...rest, [to]: text } });
        return null;
      }
      const s = get();
      const dirs = s.snapshot ? laptopDirs(s.snapshot.world) : undefined;
      if (s.attached || !dirs) return ATTACHED;
      // A draft of `from` is written first (by the run), then moved with the file.
      return failure(await deps.run(moveFileCommand(from, to, dirs.cwd, dirs.home)));
    },

    async deleteFile(path) {
      const { [path]: _dropped, ...rest } = get().drafts;
      if (!onHost(path)) {
        set({ drafts: rest });
        return null;
      }
      const s = get();
      const dirs = s.snapshot ? laptopDirs(s.snapshot.world) : undefined;
      if (s.attached || !dirs) return ATTACHED;
      set({ drafts: rest });
      return failure(await deps.run(removeFileCommand(path, dirs.cwd, dirs.home)));
    },
  };
}
