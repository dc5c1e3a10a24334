/** What a write to a layered filesystem did, in the terms the UI animates. */
export type FsEvent =
  | { type: 'file-added'; path: string; size: number }
  | { type: 'dir-created'; path: string }
  | { type: 'file-changed'; path: string; size: number }
  /** The first write to a lower file copied the whole file up into the writable layer. */
  | { type: 'file-copied-up'; path: string; fromLayer: number; size: number }
  /** A lower path was deleted: a whiteout in the writable layer now hides it. */
  | { type: 'whiteout-created'; path: string; fromLayer: number }
  /** A deleted lower directory was created again: the new one hides the old contents. */
  | { type: 'opaque-dir-created'; path: string }
  /** Something that existed only in the writable layer was deleted: nothing is left. */
  | { type: 'file-removed'; path: string };
