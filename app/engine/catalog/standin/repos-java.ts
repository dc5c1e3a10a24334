/**
 * The JVM images: eclipse-temurin (Ubuntu or Alpine + /opt/java/openjdk), the deprecated
 * openjdk images (Debian bullseye + /usr/local/openjdk-N), and maven and gradle on
 * eclipse-temurin's JDK, each with the official Dockerfile's steps and environment.
 */
import { sha256Hex } from '../../fs/digest';
import type { ImageConfig } from '../types';
import { assemble, copy, pathWith, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines, type ParsedTag } from './grammar';
import { apt } from './lang-helpers';
import { spreadFiles, textFile } from './layers';
import type { RepoDef } from './repo';
import { OPENJDK_ALPINE_VERSION, openjdkAlpine } from './openjdk-alpine';

const TEMURIN_LINES = `
  25 25.0.1_8 noble,jammy alpine3.22
  21 21.0.9_10 noble,jammy,focal alpine3.22
  17 17.0.17_10 noble,jammy,focal alpine3.22
  11 11.0.29_7 noble,jammy,focal alpine3.22
  8 8.0.472_8 noble,jammy,focal alpine3.22`;

const CACERT_ENTRYPOINT = `#!/usr/bin/env sh
# Converted to POSIX shell to avoid the need for bash in the image

set -e

# Opt-in is only activated if the environment variable is set
if [ -n "$USE_SYSTEM_CA_CERTS" ]; then
    # Copy certificates from /certificates to the system truststore, then update the JVM's cacerts
    if [ -d /certificates ] && [ -n "$(ls -A /certificates 2>/dev/null)" ]; then
        cp -a /certificates/* /usr/local/share/ca-certificates/
    fi
    update-ca-certificates
fi

# Let's provide a variable with the correct path for tools that want or need to use it
export JRE_CACERTS_PATH="$JAVA_HOME/lib/security/cacerts"

exec "$@"
`;

/** "21.0.9_10" → "jdk-21.0.9+10"; Java 8 spells its versions "jdk8u472-b08". */
function javaVersion(version: string): string {
  const [major, , update, build] = version.split(/[._]/);
  if (major === '8') return `jdk8u${update}-b${(build ?? '0').padStart(2, '0')}`;
  return `jdk-${version.replace('_', '+')}`;
}

interface Temurin {
  rows: Row[];
  config: ImageConfig;
  what: string;
}

export function temurinParts(tag: ParsedTag, jdk: boolean, alpine: boolean): Temurin {
  const v = tag.version;
  const home = '/opt/java/openjdk';
  const env = [
    pathWith(`${home}/bin`),
    `JAVA_HOME=${home}`,
    'LANG=en_US.UTF-8',
    'LANGUAGE=en_US:en',
    'LC_ALL=en_US.UTF-8',
    `JAVA_VERSION=${javaVersion(v)}`,
  ];
  const tools = jdk
    ? 'java javac jar javadoc jshell jlink jdeps jcmd jps jstack keytool jfr jwebserver'
    : 'java jfr jrunscript jwebserver keytool rmiregistry';
  const files = spreadFiles(
    home,
    `${tools
      .split(' ')
      .map((t) => `bin/${t}:x`)
      .join(
        ' ',
      )} lib/modules lib/server/libjvm.so:x lib/server/classes.jsa lib/libjava.so:x lib/libnet.so:x
     lib/libnio.so:x lib/libzip.so:x lib/security/cacerts lib/security/default.policy conf/security/java.security
     release=1243 NOTICE=158 legal/java.base/LICENSE ${jdk ? 'include/jni.h jmods/java.base.jmod lib/src.zip' : ''}`,
    jdk ? 318_000_000 : 142_000_000,
  );
  const deps: Row = alpine
    ? {
        by: run(
          'set -eux; \tapk add --no-cache \t\tfontconfig ttf-dejavu \t\tgnupg \t\tca-certificates p11-kit-trust \t\tmusl-locales musl-locales-lang \t\ttzdata \t\tcoreutils \t\topenssl \t; \trm -rf /var/cache/apk/*',
        ),
        apk: ['fontconfig', 'gnupg', 'ca-certificates', 'tzdata', 'coreutils', 'openssl'],
      }
    : {
        by: run(
          'set -eux; \tapt-get update; \tDEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \t\tcurl \t\twget \t\tfontconfig \t\tca-certificates p11-kit \t\ttzdata \t\tlocales \t; \techo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; \tlocale-gen en_US.UTF-8; \trm -rf /var/lib/apt/lists/*',
        ),
        deb: ['curl', 'wget', 'fontconfig', 'ca-certificates', 'p11-kit', 'tzdata', 'locales'],
        files: [{ path: '/usr/lib/locale/locale-archive', size: 3_053_600 }],
      };
  const kind = jdk ? 'jdk' : 'jre';
  const major = v.split('.')[0] ?? '';
  const file = `OpenJDK${major}U-${kind}_x64_${alpine ? 'alpine-linux' : 'linux'}_hotspot_${v}.tar.gz`;
  const rows: Row[] = [
    `ENV JAVA_HOME=${home}`,
    `ENV ${env[0]}`,
    'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8',
    deps,
    `ENV JAVA_VERSION=${javaVersion(v)}`,
    {
      by: run(
        `set -eux; \tARCH="$(${alpine ? 'apk --print-arch' : 'dpkg --print-architecture'})"; \tcase "\${ARCH}" in \t\t${alpine ? 'x86_64' : 'amd64'}) \t\t\tESUM='${sha256Hex(file)}'; \t\t\tBINARY_URL='https://github.com/adoptium/temurin${major}-binaries/releases/download/${encodeURIComponent(javaVersion(v))}/${file}'; \t\t\t;; \t\t*) \t\t\techo "Unsupported arch: \${ARCH}"; \t\t\texit 1; \t\t\t;; \tesac; \twget --progress=dot:giga -O /tmp/openjdk.tar.gz \${BINARY_URL}; \techo "\${ESUM} */tmp/openjdk.tar.gz" | sha256sum -c -; \tmkdir -p "$JAVA_HOME"; \ttar --extract \t\t--file /tmp/openjdk.tar.gz \t\t--directory "$JAVA_HOME" \t\t--strip-components 1 \t\t--no-same-owner \t; \trm -f /tmp/openjdk.tar.gz \${JAVA_HOME}/lib/src.zip; \tfind "$JAVA_HOME/lib" -name '*.so' -exec dirname '{}' ';' | sort -u > /etc/ld.so.conf.d/docker-openjdk.conf; \tldconfig; \tjava -Xshare:dump;`,
      ),
      files: [
        ...files,
        textFile('/etc/ld.so.conf.d/docker-openjdk.conf', `${home}/lib\n${home}/lib/server\n`),
      ],
    },
    run(
      `set -eux; \techo "Verifying install ..."; \t${jdk ? 'fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; rm -rf ~/.java; \techo "javac --version"; javac --version; \t' : ''}echo "java --version"; java --version; \techo "Complete."`,
    ),
    {
      by: copy('--chmod=755 entrypoint.sh /__cacert_entrypoint.sh'),
      files: [textFile('/__cacert_entrypoint.sh', CACERT_ENTRYPOINT, 0o755)],
    },
    'ENTRYPOINT ["/__cacert_entrypoint.sh"]',
  ];
  if (jdk) rows.push('CMD ["jshell"]');
  return {
    rows,
    config: {
      Env: env,
      Entrypoint: ['/__cacert_entrypoint.sh'],
      ...(jdk ? { Cmd: ['jshell'] } : {}),
      WorkingDir: alpine ? '/' : '',
      User: '',
    },
    what: `Eclipse Temurin ${javaVersion(v)} ${kind.toUpperCase()} (a modelled /opt/java/openjdk; no JVM runs your classes)`,
  };
}

export const temurin: RepoDef = {
  repository: 'eclipse-temurin',
  description: 'Official Images for OpenJDK binaries built by Eclipse Temurin.',
  grammar: {
    lines: lines(TEMURIN_LINES),
    aliases: { latest: '25' },
    variants: ['', 'jdk', 'jre'],
    versionless: true,
  },
  build(world, tag, reference) {
    const alpine = tag.release.startsWith('alpine');
    const base = baseImage(world, tag.release, 'slim');
    if (!base) return undefined;
    const parts = temurinParts(tag, tag.variant !== 'jre', alpine);
    return assemble(world, {
      repository: 'eclipse-temurin',
      reference,
      created: '2025-11-05T21:30:00Z',
      base,
      config: parts.config,
      rows: parts.rows,
      what: `${parts.what} on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};

export const openjdk: RepoDef = {
  repository: 'openjdk',
  description: 'Pre-release builds of OpenJDK (deprecated: use eclipse-temurin and others).',
  grammar: {
    lines: lines(`
      17 17.0.2 bullseye
      11 11.0.16 bullseye,buster,stretch
      8 8.0.342 bullseye,buster,stretch alpine3.9`),
    aliases: { latest: '17' },
    variants: ['', 'jdk', 'jre', 'slim', 'jdk-slim', 'jre-slim'],
    noAlpine: ['slim', 'jdk-slim', 'jre-slim'],
  },
  build(world, tag, reference) {
    const slim = tag.variant.endsWith('slim');
    const jre = tag.variant.startsWith('jre');
    if (tag.release.startsWith('alpine')) {
      // Only 8 had Alpine tags, frozen at 8u212: a newer point release is not one of them.
      const alpineBase = baseImage(world, tag.release, 'slim');
      const update = Number(tag.version.split('.')[2]);
      if (!alpineBase || (tag.version !== tag.line.full && !(update <= 212))) return undefined;
      // Every spelling (8-jdk-alpine, 8.0.212-jdk-alpine3.9) is the one frozen image.
      const canonical = [OPENJDK_ALPINE_VERSION, jre ? 'jre' : 'jdk', tag.release];
      return openjdkAlpine(
        world,
        alpineBase,
        jre,
        `openjdk:${canonical.join('-')}`,
        this.description,
      );
    }
    const base = baseImage(world, tag.release, slim ? 'slim' : jre ? 'curl' : 'scm');
    if (!base) return undefined;
    const v = tag.version;
    const major = v.split('.')[0] ?? '';
    const home = `/usr/local/openjdk-${major}`;
    const env = [
      pathWith(`${home}/bin`),
      `JAVA_HOME=${home}`,
      'LANG=C.UTF-8',
      `JAVA_VERSION=${major === '8' ? `8u${v.split('.')[2]}` : v}`,
    ];
    const jshell = major !== '8' && !jre;
    const rows: Row[] = [
      ...(slim
        ? [{ by: apt('ca-certificates p11-kit'), deb: ['ca-certificates', 'p11-kit'] }]
        : []),
      `ENV JAVA_HOME=${home}`,
      `ENV ${env[0]}`,
      'ENV LANG=C.UTF-8',
      `ENV ${env[3]}`,
      {
        by: run(
          `set -eux; \t\tarch="$(dpkg --print-architecture)"; \tcase "$arch" in \t\t'amd64') \t\t\tdownloadUrl='https://download.java.net/java/GA/jdk${major}/openjdk-${v}_linux-x64_bin.tar.gz'; \t\t\t;; \t\t*) echo >&2 "error: unsupported architecture: '$arch'"; exit 1 ;; \tesac; \t\twget --progress=dot:giga -O openjdk.tgz "$downloadUrl"; \t\tmkdir -p "$JAVA_HOME"; \ttar --extract \t\t--file openjdk.tgz \t\t--directory "$JAVA_HOME" \t\t--strip-components 1 \t\t--no-same-owner \t; \trm openjdk.tgz*; \t\tjava -Xshare:dump; \t\tjava --version`,
        ),
        files: spreadFiles(
          home,
          'bin/java:x bin/keytool:x bin/javac:x bin/jar:x bin/jshell:x lib/modules lib/server/libjvm.so:x lib/server/classes.jsa lib/security/cacerts release=1211',
          jre ? 128_000_000 : 304_000_000,
        ),
      },
    ];
    if (jshell) rows.push('CMD ["jshell"]');
    return assemble(world, {
      repository: 'openjdk',
      reference,
      created: '2025-12-02T03:00:00Z',
      base,
      config: { Env: env, Cmd: jshell ? ['jshell'] : ['bash'], WorkingDir: '', User: '' },
      rows,
      what: `OpenJDK ${v} (a modelled ${home}; no JVM runs your classes) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};
