/** Every well-known repository with a tag grammar, in one list. */
import type { RepoDef } from './repo';
import { node, python } from './repos-python-node';

export const REPOS: RepoDef[] = [python, node];
