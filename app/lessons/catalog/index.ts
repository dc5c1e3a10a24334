/**
 * Every lesson in teaching order (the order of DESIGN.md's "What it must teach", with
 * digests before the union view, as the lesson path tells it), then the challenges.
 * Adding a lesson: write its file here and add it to a list; lessons.test.ts proves it
 * solvable (see ../README.md).
 */
import type { Lesson } from '../types';
import { imagesAreLayers } from './01-images-are-layers';
import { metadataLayers } from './02-metadata-layers';
import { sharedBase } from './03-shared-base';
import { unionView } from './04-union-view';
import { writableLayer } from './05-writable-layer';
import { copyOnWrite } from './06-copy-on-write';
import { twoContainers } from './07-two-containers';
import { volumes } from './08-volumes';
import { sizeTraps } from './09-size-traps';
import { multiStage } from './10-multi-stage';
import { buildCache } from './11-build-cache';
import { commitVsDockerfile } from './12-commit-vs-dockerfile';
import { ciCd } from './13-ci-cd';
import { keepData, oneLayerEdit, tinyImage } from './challenges';

export const LESSONS: readonly Lesson[] = [
  imagesAreLayers,
  metadataLayers,
  sharedBase,
  unionView,
  writableLayer,
  copyOnWrite,
  twoContainers,
  volumes,
  sizeTraps,
  multiStage,
  buildCache,
  commitVsDockerfile,
  ciCd,
];

export const CHALLENGES: readonly Lesson[] = [tinyImage, oneLayerEdit, keepData];

export const ALL_LESSONS: readonly Lesson[] = [...LESSONS, ...CHALLENGES];

export function lessonById(id: string): Lesson | undefined {
  return ALL_LESSONS.find((lesson) => lesson.id === id);
}
