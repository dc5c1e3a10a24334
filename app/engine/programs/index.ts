/**
 * The package managers, language tools and download tools a Dockerfile's RUN steps call, as
 * shell Programs. None is `always`: each exists only where the image has its executable on
 * PATH (the shell checks), so `apt-get` is missing on Alpine and `pip` appears once Python
 * is installed.
 */
import type { Catalog, Distro } from '../catalog/types';
import type { ProgramEntry } from '../shell/program';
import { aptGetProgram } from './apt/apt-get';
import { aptMarkProgram } from './apt/apt-mark';
import { dpkgProgram } from './apt/dpkg';
import { dpkgQueryProgram } from './apt/dpkg-query';

export function packagePrograms(
  catalog: Catalog,
  distro: Distro | undefined,
): Map<string, ProgramEntry> {
  const programs = new Map<string, ProgramEntry>();
  const aptGet = aptGetProgram(catalog, distro);
  programs.set('apt-get', { run: aptGet });
  programs.set('apt', { run: aptGet });
  programs.set('apt-mark', { run: aptMarkProgram(catalog, distro) });
  programs.set('dpkg', { run: dpkgProgram });
  programs.set('dpkg-query', { run: dpkgQueryProgram });
  return programs;
}
