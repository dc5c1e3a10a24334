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
import * as jvm from './java/programs';
import { dotnetProgram } from './dotnet/dotnet';
import { builtBinaryPrograms } from './built-binaries';
import { knownContentResolver } from './archives/known-content';
import { ccProgram, stripProgram } from './build/cc';
import { configureProgram } from './build/configure';
import { dpkgArchitectureProgram, dpkgBuildflagsProgram } from './build/dpkg-dev';
import { ldconfigProgram, lddProgram } from './build/ldd';
import { pkgConfigProgram } from './build/pkg-config';
import { scanelfProgram } from './build/scanelf';
import { sourceBuiltProgram } from './build/source-programs';
import { describedPrograms } from './archives/source-projects';
import { makeProgram } from './build/make';
import { checksumProgram } from './checksum/sums';
import { gpgProgram } from './gpg/gpg';
import { gpgDaemonProgram, gpgconfProgram, gpgvProgram } from './gpg/gpg-tools';
import { envsubstProgram } from './misc/envsubst';
import { opensslProgram } from './misc/openssl';
import { tiniProgram } from './misc/tini';
import { dumbInitProgram } from './misc/dumb-init';
import { localeGenProgram, updateLocaleProgram } from './misc/locale-gen';
import { localeProgram, localedefProgram } from './misc/locale';
import { dpkgReconfigureProgram } from './apt/dpkg-reconfigure';
import { aptCacheProgram } from './apt/apt-cache';
import { cmakeProgram } from './misc/cmake';
import { curlWithKnownContent } from './net/curl';
import { wgetWithKnownContent } from './net/wget';
import { gitProgram } from './git/git';
import { nginxProgram } from './nginx/nginx';
import { nodeProgram } from './node/node';
import { npmProgram } from './node/npm';
import { corepackProgram, npxProgram } from './node/npx';
import { pnpmProgram } from './node/pnpm';
import { tscProgram } from './node/tsc';
import { viteProgram } from './node/vite';
import { nestProgram } from './node/nest';
import { nextProgram } from './node/next-build';
import { reactScriptsProgram } from './node/react-scripts';
import { astroProgram } from './node/astro';
import { ngProgram } from './node/angular-cli';
import { vueCliServiceProgram } from './node/vue-cli-service';
import { nuxtProgram } from './node/nuxt';
import { reactRouterProgram, remixProgram } from './node/remix';
import { yarnProgram } from './node/yarn';
import { bunProgram } from './bun/bun';
import { runCompiled } from './bun/bun-build';
import { pipProgram } from './python/pip';
import { pipenvProgram } from './python/pipenv';
import { poetryProgram } from './python/poetry';
import { pythonProgram } from './python/python';
import { uvProgram } from './python/uv';
import { phpPrograms } from './php';
import { bundleProgram } from './ruby/bundle';
import { gemProgram } from './ruby/gem';
import { rubyProgram } from './ruby/ruby';
import { rpmPrograms } from './rpm';
import { cargoChefProgram, cargoProgram, rustcProgram, rustupProgram } from './rust';

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
  add(['apt-cache'], aptCacheProgram(catalog, distro));
  add(['apt-mark'], aptMarkProgram(catalog, distro));
  add(['dpkg'], dpkgProgram);
  add(['dpkg-query'], dpkgQueryProgram);
  add(['apk'], apkProgram(catalog));
  for (const [names, run] of rpmPrograms()) add(names, run);
  add(['python', 'python3', ...PYTHON_MINORS.map((m) => `python3.${m}`)], pythonProgram(catalog));
  add(['pip', 'pip3', ...PYTHON_MINORS.map((m) => `pip3.${m}`)], pipProgram(catalog));
  add(['uv'], uvProgram(catalog));
  add(['poetry'], poetryProgram(catalog));
  add(['pipenv'], pipenvProgram(catalog));
  add(['node', 'nodejs'], nodeProgram);
  add(['npm'], npmProgram(catalog));
  add(['npx'], npxProgram);
  add(['yarn', 'yarnpkg'], yarnProgram(catalog));
  add(['corepack'], corepackProgram);
  add(['pnpm'], pnpmProgram(catalog));
  add(['bun', 'bunx'], bunProgram(catalog));
  add(['blob:bun-compiled'], runCompiled);
  add(['tsc'], tscProgram);
  add(['vite'], viteProgram);
  add(['nest'], nestProgram);
  add(['next'], nextProgram);
  add(['react-scripts'], reactScriptsProgram);
  add(['astro'], astroProgram);
  add(['ng'], ngProgram);
  add(['vue-cli-service'], vueCliServiceProgram);
  add(['nuxt', 'nuxi'], nuxtProgram);
  add(['remix'], remixProgram);
  add(['react-router'], reactRouterProgram);
  add(['go'], goProgram(catalog));
  add(['java'], jvm.javaProgram());
  add(['javac'], jvm.javacProgram());
  add(['jar'], jvm.jarProgram());
  add(['mvn'], jvm.mvnProgram());
  add(['mvnw'], jvm.mvnwProgram());
  add(['gradle'], jvm.gradleProgram());
  add(['gradlew'], jvm.gradlewProgram());
  add(['dotnet'], dotnetProgram());
  for (const [name, run] of builtBinaryPrograms()) add([name], run);
  add(['cargo'], cargoProgram);
  add(['rustup'], rustupProgram);
  add(['rustc'], rustcProgram);
  add(['cargo-chef'], cargoChefProgram);
  add(['ruby'], rubyProgram);
  add(['gem'], gemProgram(catalog));
  add(['bundle', 'bundler'], bundleProgram(catalog));
  for (const [names, run] of phpPrograms()) add(names, run);
  const known = knownContentResolver(catalog, distro);
  add(['curl'], curlWithKnownContent(known));
  add(['wget'], wgetWithKnownContent(known));
  add(['git'], gitProgram(catalog, distro));
  add(['nginx', 'nginx-debug'], nginxProgram);
  addToolchain(add, catalog, distro);
  return programs;
}

/** What official Dockerfiles run around their downloads and source builds. */
function addToolchain(
  add: (names: string[], run: ProgramEntry['run']) => void,
  catalog: Catalog,
  distro: Distro | undefined,
): void {
  add(['gpg', 'gpg2'], gpgProgram(false));
  add(['gpg1'], gpgProgram(true));
  add(['gpgv', 'gpgv1'], gpgvProgram);
  add(['gpgconf'], gpgconfProgram);
  add(['dirmngr'], gpgDaemonProgram('dirmngr'));
  add(['gpg-agent'], gpgDaemonProgram('gpg-agent'));
  for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const)
    add([`${algorithm}sum`], checksumProgram(algorithm));
  add(['dpkg-architecture'], dpkgArchitectureProgram);
  add(['dpkg-buildflags'], dpkgBuildflagsProgram);
  add(['configure'], configureProgram);
  add(['make', 'gmake'], makeProgram(catalog, distro));
  add(['cmake'], cmakeProgram);
  add(
    [
      'cc',
      'gcc',
      'c++',
      'g++',
      'gcc-14',
      'g++-14',
      'x86_64-linux-gnu-gcc-14',
      'x86_64-linux-gnu-g++-14',
      'clang',
      'clang++',
      'clang-19',
      'clang++-19',
    ],
    ccProgram,
  );
  add(['strip'], stripProgram);
  add(['ldd'], lddProgram);
  add(['ldconfig', 'ldconfig.real'], ldconfigProgram);
  add(['scanelf'], scanelfProgram);
  add(['pkg-config', 'pkgconf', 'x86_64-linux-gnu-pkg-config'], pkgConfigProgram);
  add(['openssl'], opensslProgram);
  add(['envsubst'], envsubstProgram);
  add(['tini', 'tini-static', 'tini-amd64', 'tini-static-amd64'], tiniProgram);
  add(['dumb-init'], dumbInitProgram);
  add(['locale-gen'], localeGenProgram);
  add(['update-locale'], updateLocaleProgram);
  add(['locale'], localeProgram);
  add(['localedef'], localedefProgram);
  add(['dpkg-reconfigure'], dpkgReconfigureProgram);
  add(describedPrograms(), sourceBuiltProgram);
}
