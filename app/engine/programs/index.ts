/**
 * The package managers, language tools and download tools a Dockerfile's RUN steps call, as
 * shell Programs. None is `always`: each exists only where the image has its executable on
 * PATH (the shell checks), so `apt-get` is missing on Alpine and `pip` appears once Python
 * is installed.
 */
import type { Catalog, Distro } from '../catalog/types';
import type { ProgramEntry } from '../shell/program';
import { apkProgram } from './apk/apk';
import { aptGetProgram } from './apt/apt-get';
import { aptMarkProgram } from './apt/apt-mark';
import { dpkgProgram } from './apt/dpkg';
import { dpkgQueryProgram } from './apt/dpkg-query';
import { goProgram } from './go/go';
import { curlProgram } from './net/curl';
import { wgetProgram } from './net/wget';
import { nodeProgram } from './node/node';
import { npmProgram } from './node/npm';
import { corepackProgram, npxProgram } from './node/npx';
import { yarnProgram } from './node/yarn';
import { pipProgram } from './python/pip';
import { pythonProgram } from './python/python';

/** CPython minor versions whose versioned names (python3.12, pip3.12) are registered. */
const PYTHON_MINORS = [9, 10, 11, 12, 13, 14, 15];

export function packagePrograms(
  catalog: Catalog,
  distro: Distro | undefined,
): Map<string, ProgramEntry> {
  const programs = new Map<string, ProgramEntry>();
  const add = (names: string[], run: ProgramEntry['run']) => {
    for (const name of names) programs.set(name, { run });
  };
  add(['apt-get', 'apt'], aptGetProgram(catalog, distro));
  add(['apt-mark'], aptMarkProgram(catalog, distro));
  add(['dpkg'], dpkgProgram);
  add(['dpkg-query'], dpkgQueryProgram);
  add(['apk'], apkProgram(catalog));
  add(['python', 'python3', ...PYTHON_MINORS.map((m) => `python3.${m}`)], pythonProgram(catalog));
  add(['pip', 'pip3', ...PYTHON_MINORS.map((m) => `pip3.${m}`)], pipProgram(catalog));
  add(['node', 'nodejs'], nodeProgram);
  add(['npm'], npmProgram(catalog));
  add(['npx'], npxProgram);
  add(['yarn', 'yarnpkg'], yarnProgram(catalog));
  add(['corepack'], corepackProgram);
  add(['go'], goProgram(catalog));
  add(['curl'], curlProgram);
  add(['wget'], wgetProgram);
  return programs;
}
