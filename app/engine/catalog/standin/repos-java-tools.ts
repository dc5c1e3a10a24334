/** maven and gradle, FROM eclipse-temurin's JDK image: its rows first, then theirs. */
import { sha256Hex } from '../../fs/digest';
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { ImageConfig } from '../types';
import { assemble, copy, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines, type ParsedTag } from './grammar';
import { spreadFiles, textFile } from './layers';
import { ownedDir, userFiles } from './accounts';
import type { RepoDef } from './repo';
import type { BaseImage } from '../images/base';

import { temurin, temurinParts } from './repos-java';

/** maven and gradle images sit on eclipse-temurin's JDK: its rows first, then theirs. */
function onTemurin(
  world: World,
  tag: ParsedTag,
  jdkMajor: string,
  reference: string,
  repository: string,
  extra: (
    alpine: boolean,
    base: BaseImage,
  ) => {
    rows: Row[];
    env: string[];
    config: Partial<ImageConfig>;
    what: string;
  },
  description: string,
): ImageSpec | undefined {
  const alpine = tag.release.startsWith('alpine');
  const base = baseImage(world, tag.release, 'slim');
  const line = temurin.grammar.lines.find((l) => l.key === jdkMajor);
  if (!base || !line) return undefined;
  const parts = temurinParts(
    { line, version: line.full, variant: 'jdk', release: tag.release },
    true,
    alpine,
  );
  const mine = extra(alpine, base);
  return assemble(world, {
    repository,
    reference,
    created: '2025-11-12T08:10:00Z',
    base,
    config: { ...parts.config, ...mine.config, Env: [...parts.config.Env, ...mine.env] },
    rows: [...parts.rows, ...mine.rows],
    what: `${mine.what} on ${parts.what} on ${releaseWords(base)}`,
    description,
  });
}

const JDKS = ['8', '11', '17', '21', '25'];
const LEGACY_JDK_VARIANTS = ['jdk-8', 'jdk-11', 'jdk-8-slim', 'jdk-11-slim'];

export const maven: RepoDef = {
  repository: 'maven',
  description: 'Apache Maven is a software project management and comprehension tool.',
  grammar: {
    lines: lines(`
      3.9 3.9.11 noble alpine3.22
      3.8 3.8.8 noble alpine3.22
      3.6 3.6.3 buster`),
    aliases: { latest: '3.9' },
    variants: [
      '',
      ...JDKS.map((j) => `eclipse-temurin-${j}`),
      // Older and other vendors' JDKs, modelled on Temurin's of the same major.
      ...['8', '11', '17'].flatMap((j) => [`openjdk-${j}`, `openjdk-${j}-slim`]),
      ...['8', '11', '17', '21'].map((j) => `amazoncorretto-${j}`),
      // Maven 3.6's tags on the openjdk images (maven:3.6.3-jdk-11, on buster).
      ...LEGACY_JDK_VARIANTS,
    ],
    versionless: true,
  },
  build(world, tag, reference) {
    // jdk-N tags were Maven 3.6's (on openjdk); 3.6 had no eclipse-temurin tags.
    const legacy = tag.line.key === '3.6';
    if (legacy !== LEGACY_JDK_VARIANTS.includes(tag.variant)) return undefined;
    const jdk = /(\d+)/.exec(tag.variant)?.[1] ?? '21';
    const v = tag.version;
    return onTemurin(
      world,
      tag,
      jdk,
      reference,
      'maven',
      (alpine) => ({
        env: ['MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2'],
        config: { Entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], Cmd: ['mvn'] },
        rows: [
          alpine
            ? { by: run('apk add --no-cache bash openssh-client'), apk: ['bash', 'openssh-client'] }
            : {
                by: run(
                  'apt-get update   && apt-get install -y git openssh-client   && rm -rf /var/lib/apt/lists/*',
                ),
                deb: ['git', 'openssh-client'],
              },
          'ENV MAVEN_HOME=/usr/share/maven',
          {
            by: copy('/usr/share/maven /usr/share/maven'),
            files: spreadFiles(
              '/usr/share/maven',
              `bin/mvn:x=6390 bin/mvnDebug:x=1500 boot/plexus-classworlds-2.9.0.jar conf/settings.xml=10920 lib/maven-core-${v}.jar lib/maven-model-${v}.jar lib/guava-33.2.1-jre.jar lib/maven-resolver-impl-1.9.24.jar lib/ext/README.txt=146`,
              10_200_000,
            ),
          },
          {
            by: copy('/usr/local/bin/mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh'),
            files: [
              textFile(
                '/usr/local/bin/mvn-entrypoint.sh',
                '#!/bin/bash\n\n# Copy files from /usr/share/maven/ref into ${MAVEN_CONFIG}\n# So the initial ~/.m2 is set with expected content.\n# Don\'t override, as this is just a reference setup\n\nset -e\n\nexec "$@"\n',
                0o755,
              ),
            ],
          },
          {
            by: copy(
              '/usr/share/maven/ref/settings-docker.xml /usr/share/maven/ref/settings-docker.xml',
            ),
            files: [{ path: '/usr/share/maven/ref/settings-docker.xml', size: 327 }],
          },
          {
            by: run('ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn'),
            files: [{ path: '/usr/bin/mvn', size: 24, link: '/usr/share/maven/bin/mvn' }],
          },
          `ARG MAVEN_VERSION=${v}`,
          'ARG USER_HOME_DIR=/root',
          'ENV MAVEN_CONFIG=/root/.m2',
          'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]',
          'CMD ["mvn"]',
        ],
        what: `Apache Maven ${v} (a modelled /usr/share/maven; mvn resolves from a Maven Central catalog into ~/.m2 and packages real-shaped jars; application code is not run)`,
      }),
      this.description,
    );
  },
};

const GRADLE_LINES = `
  9.2 9.2.1 noble alpine3.22
  9.1 9.1.0 noble alpine3.22
  9.0 9.0.0 noble alpine3.22
  8.14 8.14.3 noble,jammy alpine3.22
  8.13 8.13 noble,jammy alpine3.22
  8.12 8.12.1 noble,jammy alpine3.22
  8.11 8.11.1 noble,jammy alpine3.22
  8.10 8.10.2 noble,jammy alpine3.22
  8.8 8.8 jammy alpine3.22
  8.5 8.5 jammy alpine3.22
  7.6 7.6.6 jammy alpine3.22`;

export const gradle: RepoDef = {
  repository: 'gradle',
  description:
    'Gradle is a build tool with a focus on build automation and support for multi-language development.',
  grammar: {
    lines: lines(GRADLE_LINES),
    aliases: { latest: '9.2' },
    variants: ['', ...JDKS.map((j) => `jdk${j}`), 'jdk-lts-and-current'],
    versionless: true,
  },
  build(world, tag, reference) {
    const jdk = /^jdk(\d+)$/.exec(tag.variant)?.[1] ?? '21';
    const v = tag.version;
    return onTemurin(
      world,
      tag,
      jdk,
      reference,
      'gradle',
      (alpine, base) => ({
        env: ['GRADLE_HOME=/opt/gradle', `GRADLE_VERSION=${v}`],
        config: {
          Cmd: ['gradle'],
          WorkingDir: '/home/gradle',
          Volumes: { '/home/gradle/.gradle': {} },
        },
        rows: [
          'CMD ["gradle"]',
          'ENV GRADLE_HOME=/opt/gradle',
          {
            by: run(
              'set -o errexit -o nounset     && echo "Adding gradle user and group"     && groupadd --system --gid 1000 gradle     && useradd --system --gid gradle --uid 1000 --shell /bin/bash --create-home gradle     && mkdir /home/gradle/.gradle     && chown --recursive gradle:gradle /home/gradle     && chmod --recursive o+rwx /home/gradle         && echo "Symlinking root Gradle cache to gradle Gradle cache"     && ln --symbolic /home/gradle/.gradle /root/.gradle',
            ),
            files: [
              // --create-home, chown --recursive gradle:gradle, chmod --recursive o+rwx
              ...[
                ...userFiles(base, {
                  name: 'gradle',
                  uid: 1000,
                  gid: 1000,
                  home: '/home/gradle',
                  shell: '/bin/bash',
                  createHome: true,
                }),
                ownedDir('/home/gradle/.gradle', 1000, 1000),
              ].map((f) =>
                f.path.startsWith('/home/gradle/') ? { ...f, mode: (f.mode ?? 0o644) | 0o007 } : f,
              ),
              // The link's layer holds /root as it is: 0700.
              { path: '/root/', size: 0, mode: 0o700 },
              { path: '/root/.gradle', size: 20, link: '/home/gradle/.gradle' },
            ],
          },
          'VOLUME [/home/gradle/.gradle]',
          'WORKDIR /home/gradle',
          alpine
            ? {
                by: run(
                  'set -o errexit -o nounset     && apk add --no-cache     unzip     git     git-lfs     mercurial     openssh-client     subversion',
                ),
                apk: ['unzip', 'git', 'openssh-client'],
              }
            : {
                by: run(
                  'set -o errexit -o nounset     && apt-get update     && apt-get install --yes --no-install-recommends     unzip         wget         bzr         git         git-lfs         mercurial         openssh-client         subversion     && rm --recursive --force /var/lib/apt/lists/*',
                ),
                deb: ['unzip', 'wget', 'git', 'mercurial', 'openssh-client', 'subversion'],
              },
          `ENV GRADLE_VERSION=${v}`,
          `ARG GRADLE_DOWNLOAD_SHA256=${sha256Hex(`gradle-${v}-bin.zip`)}`,
          {
            by: run(
              'set -o errexit -o nounset     && echo "Downloading Gradle"     && wget --no-verbose --output-document=gradle.zip "https://services.gradle.org/distributions/gradle-${GRADLE_VERSION}-bin.zip"         && echo "Checking Gradle download hash"     && echo "${GRADLE_DOWNLOAD_SHA256} *gradle.zip" | sha256sum --check -         && echo "Installing Gradle"     && unzip gradle.zip     && rm gradle.zip     && mv "gradle-${GRADLE_VERSION}" "${GRADLE_HOME}/"     && ln --symbolic "${GRADLE_HOME}/bin/gradle" /usr/bin/gradle',
            ),
            files: [
              ...spreadFiles(
                '/opt/gradle',
                `bin/gradle:x=8762 lib/gradle-launcher-${v}.jar lib/gradle-core-${v}.jar lib/kotlin-stdlib-2.2.0.jar lib/groovy-4.0.28.jar lib/plugins/gradle-java-${v}.jar lib/agents/gradle-instrumentation-agent-${v}.jar LICENSE=48710 NOTICE=24702`,
                139_000_000,
              ),
              { path: '/usr/bin/gradle', size: 19, link: '/opt/gradle/bin/gradle' },
            ],
          },
          'USER gradle',
          {
            by: run(
              'set -o errexit -o nounset     && echo "Testing Gradle installation"     && gradle --version',
            ),
            // Run as gradle: what it makes is gradle's; the layer holds the home as it is.
            files: [
              ownedDir('/home/gradle', 1000, 1000, 0o757),
              ownedDir('/home/gradle/.gradle', 1000, 1000, 0o757),
              ...[
                'native',
                `native/${sha256Hex(v).slice(0, 64)}`,
                `native/${sha256Hex(v).slice(0, 64)}/linux-amd64`,
              ].map((dir) => ownedDir(`/home/gradle/.gradle/${dir}`, 1000, 1000)),
              {
                path: `/home/gradle/.gradle/native/${sha256Hex(v).slice(0, 64)}/linux-amd64/libnative-platform.so`,
                size: 41_184,
                owner: { uid: 1000, gid: 1000 },
              },
            ],
          },
          'USER root',
        ],
        what: `Gradle ${v} (a modelled /opt/gradle; gradle resolves from a Maven Central catalog into its caches and builds real-shaped jars; application code is not run)`,
      }),
      this.description,
    );
  },
};
