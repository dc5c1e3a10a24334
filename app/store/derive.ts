/**
 * State the store derives from the session after each change: the prompt, whether the
 * terminal is attached elsewhere, the home folder's files, and the editor's texts (a draft
 * where the person has typed something the host does not have yet).
 */
import { DEFAULT_HOST } from '../engine/host/world';
import type { SessionLike } from './engine-loader';
import { withFinalNewline } from './file-commands';
import { contextFiles, fileText, type ContextFile } from './host-files';
import type { AppState } from './types';

export const DOCKERFILE = 'Dockerfile';

export type SessionView = Pick<AppState, 'snapshot' | 'prompt' | 'attached' | 'hostFiles'>;

export function sessionView(session: SessionLike, previous?: SessionView): SessionView {
  const snapshot = session.state;
  const { world, attachments } = snapshot;
  // The file list keeps its identity while the laptop's files are unchanged (most commands).
  const sameFs =
    previous?.snapshot &&
    previous.snapshot.world.hosts[DEFAULT_HOST]?.fs === world.hosts[DEFAULT_HOST]?.fs;
  return {
    snapshot,
    prompt: session.prompt(),
    attached: attachments.length > 0 || world.current !== DEFAULT_HOST,
    hostFiles: sameFs && previous ? previous.hostFiles : contextFiles(world),
  };
}

/** A draft equal to what the host has (allowing the newline a heredoc adds) is no draft. */
export function sameAsHost(text: string, host: string | undefined): boolean {
  return host !== undefined && (text === host || withFinalNewline(text) === host);
}

/** Drops the drafts the host already has. */
export function reconcileDrafts(
  drafts: Record<string, string>,
  hostFiles: readonly ContextFile[],
): Record<string, string> {
  let changed = false;
  const kept: Record<string, string> = {};
  for (const [path, text] of Object.entries(drafts)) {
    if (sameAsHost(text, fileText(hostFiles, path))) changed = true;
    else kept[path] = text;
  }
  return changed ? kept : drafts;
}

/** What an editor shows for `path`: the draft, else the host's text, else nothing. */
export function shownText(
  drafts: Record<string, string>,
  hostFiles: readonly ContextFile[],
  path: string,
): string {
  return Object.hasOwn(drafts, path) ? (drafts[path] as string) : (fileText(hostFiles, path) ?? '');
}

/** Every text file as the editor shows it, for saving. Very large files are left to the replay. */
export function shownFiles(
  drafts: Record<string, string>,
  hostFiles: readonly ContextFile[],
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of hostFiles)
    if (file.text !== null && file.size <= 100_000) files[file.path] = file.text;
  return { ...files, ...drafts };
}
