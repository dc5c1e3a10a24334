/**
 * openjdk:8-jdk-alpine and openjdk:8-jre-alpine: frozen since 2019 on Alpine 3.9 with 8u212.
 * Unlike the Debian variants (a tarball from java.net in /usr/local/openjdk-8), they installed
 * Alpine's own openjdk8 package, so JAVA_HOME is /usr/lib/jvm/java-1.8-openjdk and PATH gains
 * its bin directories at the end.
 */
import type { BaseImage } from '../images/base';
import { PATH_DEFAULT, type ImageSpec } from '../images/define';
import type { World } from '../images/world';
import { assemble, releaseWords, run, type Row } from './assemble';
import { spreadFiles, textFile } from './layers';

export const OPENJDK_ALPINE_VERSION = '8.0.212';

const DOCKER_JAVA_HOME = `#!/bin/sh
set -e

dirname "$(dirname "$(readlink -f "$(which javac || which java)")")"
`;

export function openjdkAlpine(
  world: World,
  base: BaseImage,
  jre: boolean,
  reference: string,
  description: string,
): ImageSpec {
  const jdkHome = '/usr/lib/jvm/java-1.8-openjdk';
  const home = jre ? `${jdkHome}/jre` : jdkHome;
  const path = `${PATH_DEFAULT}:${jdkHome}/jre/bin:${jdkHome}/bin`;
  const env = [path, 'LANG=C.UTF-8', `JAVA_HOME=${home}`, 'JAVA_VERSION=8u212'];
  const pkg = jre ? 'openjdk8-jre' : 'openjdk8';
  const jdkFiles = jre ? '' : 'bin/javac:x bin/jar:x bin/javadoc:x bin/jdeps:x lib/tools.jar';
  const rows: Row[] = [
    'ENV LANG=C.UTF-8',
    {
      by: run(
        `{ \t\techo '#!/bin/sh'; \t\techo 'set -e'; \t\techo; \t\techo 'dirname "$(dirname "$(readlink -f "$(which javac || which java)")")"'; \t} > /usr/local/bin/docker-java-home \t&& chmod +x /usr/local/bin/docker-java-home`,
      ),
      files: [textFile('/usr/local/bin/docker-java-home', DOCKER_JAVA_HOME, 0o755)],
    },
    `ENV JAVA_HOME=${home}`,
    `ENV PATH=${path.slice('PATH='.length)}`,
    'ENV JAVA_VERSION=8u212',
    'ENV JAVA_ALPINE_VERSION=8.212.04-r0',
    {
      by: run(
        `set -x \t&& apk add --no-cache \t\t${pkg}="$JAVA_ALPINE_VERSION" \t&& [ "$JAVA_HOME" = "$(docker-java-home)" ]`,
      ),
      files: spreadFiles(
        jdkHome,
        `jre/bin/java:x jre/bin/keytool:x jre/lib/rt.jar jre/lib/amd64/server/libjvm.so:x
         jre/lib/amd64/libjava.so:x jre/lib/security/cacerts jre/lib/security/java.security ${jdkFiles}`,
        jre ? 80_000_000 : 98_000_000,
      ),
    },
  ];
  return assemble(world, {
    repository: 'openjdk',
    reference,
    created: '2019-05-11T01:32:21Z',
    base,
    config: { Env: env, Cmd: ['/bin/sh'], WorkingDir: '', User: '' },
    rows,
    what: `Alpine's OpenJDK 8u212 ${jre ? 'JRE' : 'JDK'} package (a modelled ${home}; no JVM runs your classes) on ${releaseWords(base)}`,
    description,
  });
}
