/**
 * tomcat: Apache Tomcat in /usr/local/tomcat on eclipse-temurin's JDK or JRE (noble or
 * jammy), as docker-library/tomcat's `temurin-*` Dockerfiles build it: the temurin image's
 * rows first, then CATALINA_HOME, the Tomcat Native library built in and its build tools
 * purged, `webapps` emptied into `webapps.dist`, logs/temp/work 1777, `ENTRYPOINT []` (the
 * temurin entrypoint is dropped) and `CMD ["catalina.sh", "run"]`.
 *
 * Tags: `10.1`, `10.1.48`, `10`, `latest`, `jdk21`, `10.1-jdk17`, `10.1-jre21-temurin`,
 * `11.0-jdk25-temurin-noble`... Every spelling of one image is built under its canonical
 * reference (`tomcat:10.1.48-jdk17-temurin-noble`), so they share their digests.
 *
 * bin/catalina.sh and the other scripts are stand-in files of their sizes (no text): the
 * runtime models `catalina.sh run` (runtime/services/tomcat.ts) instead of interpreting them.
 */
import { sha256Hex } from '../../fs/digest';
import type { ImageConfig } from '../types';
import { assemble, releaseWords, run, type Row } from './assemble';
import { baseImage } from './bases';
import { lines, type ParsedTag } from './grammar';
import { ownedDir } from './accounts';
import { spreadFiles } from './layers';
import type { RepoDef } from './repo';
import { temurin, temurinParts } from './repos-java';

export const CATALINA_HOME = '/usr/local/tomcat';

/** The JDK majors each Tomcat line is published with (Tomcat 11 needs Java 17+, 10.1 11+). */
const JDKS: Record<string, string[]> = {
  '11.0': ['25', '21', '17'],
  '10.1': ['25', '21', '17', '11'],
  '9.0': ['25', '21', '17', '11', '8'],
  // End of life since March 2024: its last images, on jammy.
  '8.5': ['21', '17', '11', '8'],
};

/** The default variant of every line (`tomcat:10.1` is `10.1-jdk21-temurin-noble`). */
const DEFAULT_JDK = '21';

/** The fingerprints each major's Dockerfile keeps from the upstream KEYS file. */
const KEYS: Record<string, string[]> = {
  '11': ['A9C5DF4D22E99998D9875A5110C01C5A2F6059E7', '48F8E69F6390C9F25CFEDCD268248959359E722B'],
  '10': ['5C3C5F3E314C866292F359A8F3AD5C94A67F707E', 'A9C5DF4D22E99998D9875A5110C01C5A2F6059E7'],
  '8': [
    '05AB33110949707C93A279E3D3EFE6B686867BA6',
    '47309207D818FFD8DCD3F83F1931D684307A10A5',
    'DCFD35E0BF8CA7344752DE8B6FB21E8933C60243',
  ],
  '9': [
    '48F8E69F6390C9F25CFEDCD268248959359E722B',
    'A9C5DF4D22E99998D9875A5110C01C5A2F6059E7',
    'DCFD35E0BF8CA7344752DE8B6FB21E8933C60243',
  ],
};

const VARIANTS = [
  '',
  ...['25', '21', '17', '11', '8'].flatMap((j) => [
    `jdk${j}`,
    `jre${j}`,
    `jdk${j}-temurin`,
    `jre${j}-temurin`,
  ]),
];

/** The install step as BuildKit records it (comments dropped, continuations joined). */
function installStep(major: string): string {
  const keys = (KEYS[major] ?? []).map((k) => `\t\t'${k}' `).join('');
  return run(
    `set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t; \t\tddist() { \t\tlocal f="$1"; shift; \t\tlocal distFile="$1"; shift; \t\tlocal mvnFile="\${1:-}"; \t\tlocal success=; \t\tlocal distUrl=; \t\tfor distUrl in \t\t\t"https://dlcdn.apache.org/$distFile" \t\t\t"https://archive.apache.org/dist/$distFile" \t\t\t\${mvnFile:+"https://repo1.maven.org/maven2/org/apache/tomcat/tomcat/$mvnFile"} \t\t; do \t\t\tif curl -fL -o "$f" "$distUrl" && [ -s "$f" ]; then \t\t\t\tsuccess=1; \t\t\t\tbreak; \t\t\tfi; \t\tdone; \t\t[ -n "$success" ]; \t}; \t\tddist 'tomcat.tar.gz' "tomcat/tomcat-$TOMCAT_MAJOR/v$TOMCAT_VERSION/bin/apache-tomcat-$TOMCAT_VERSION.tar.gz" "$TOMCAT_VERSION/tomcat-$TOMCAT_VERSION.tar.gz"; \techo "$TOMCAT_SHA512 *tomcat.tar.gz" | sha512sum --strict --check -; \tddist 'tomcat.tar.gz.asc' "tomcat/tomcat-$TOMCAT_MAJOR/v$TOMCAT_VERSION/bin/apache-tomcat-$TOMCAT_VERSION.tar.gz.asc" "$TOMCAT_VERSION/tomcat-$TOMCAT_VERSION.tar.gz.asc"; \tGNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \tcurl -fL -o upstream-KEYS 'https://www.apache.org/dist/tomcat/tomcat-${major}/KEYS'; \tgpg --batch --import upstream-KEYS; \tprintf '' > filtered-KEYS; \tfor key in ${keys}\t; do \t\tgpg --batch --fingerprint "$key"; \t\tgpg --batch --export --armor "$key" >> filtered-KEYS; \tdone; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"; \tGNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \tgpg --batch --import filtered-KEYS; \tgpg --batch --verify tomcat.tar.gz.asc tomcat.tar.gz; \ttar -xf tomcat.tar.gz --strip-components=1; \trm bin/*.bat; \trm tomcat.tar.gz*; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"; \t\tmv webapps webapps.dist; \tmkdir webapps; \t\tnativeBuildDir="$(mktemp -d)"; \ttar -xf bin/tomcat-native.tar.gz -C "$nativeBuildDir" --strip-components=1; \tapt-get install -y --no-install-recommends \t\tdpkg-dev \t\tgcc \t\tlibapr1-dev \t\tlibssl-dev \t\tmake \t; \t( \t\texport CATALINA_HOME="$PWD"; \t\tcd "$nativeBuildDir/native"; \t\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \t\taprConfig="$(command -v apr-1-config)"; \t\t./configure \t\t\t--build="$gnuArch" \t\t\t--libdir="$TOMCAT_NATIVE_LIBDIR" \t\t\t--prefix="$CATALINA_HOME" \t\t\t--with-apr="$aprConfig" \t\t\t--with-java-home="$JAVA_HOME" \t\t; \t\tnproc="$(nproc)"; \t\tmake -j "$nproc"; \t\tmake install; \t); \trm -rf "$nativeBuildDir"; \trm bin/tomcat-native.tar.gz; \t\tapt-mark auto '.*' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tfind "$TOMCAT_NATIVE_LIBDIR" -type f -executable -exec ldd '{}' ';' \t\t| awk '/=>/ { print $(NF-1) }' \t\t| xargs -rt readlink -e \t\t| sort -u \t\t| xargs -rt dpkg-query --search \t\t| cut -d: -f1 \t\t| sort -u \t\t| tee "$TOMCAT_NATIVE_LIBDIR/.dependencies.txt" \t\t| xargs -r apt-mark manual \t; \t\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\tfind ./bin/ -name '*.sh' -exec sed -ri 's|^#!/bin/sh$|#!/usr/bin/env bash|' '{}' +; \t\tchmod -R +rX .; \tchmod 1777 logs temp work; \t\tcatalina.sh version`,
  );
}

const VERIFY_NATIVE = run(
  `set -eux; \tnativeLines="$(catalina.sh configtest 2>&1)"; \tnativeLines="$(echo "$nativeLines" | grep 'Apache Tomcat Native')"; \tnativeLines="$(echo "$nativeLines" | sort -u)"; \tif ! echo "$nativeLines" | grep -E 'INFO: Loaded( APR based)? Apache Tomcat Native library' >&2; then \t\techo >&2 "$nativeLines"; \t\texit 1; \tfi`,
);

/** What the release tarball leaves in CATALINA_HOME once the Dockerfile is done with it. */
function tomcatFiles(major: string) {
  const h = CATALINA_HOME;
  // The scripts' sizes (their text is not modelled: the runtime models catalina.sh).
  const scripts =
    'catalina=25323 ciphers=1922 configtest=1664 daemon=8870 digest=1638 makebase=3382 setclasspath=3708 shutdown=1616 startup=1650 tool-wrapper=4599 version=1622'
      .split(' ')
      .map((s) => `bin/${s.replace('=', '.sh:x=')}`)
      .join(' ');
  const jars =
    'annotations-api catalina catalina-ant catalina-ha catalina-ssi catalina-storeconfig catalina-tribes el-api jasper jasper-el jaspic-api jsp-api servlet-api tomcat-api tomcat-coyote tomcat-coyote-ffm tomcat-dbcp tomcat-i18n-de tomcat-i18n-es tomcat-i18n-fr tomcat-i18n-ja tomcat-i18n-ko tomcat-i18n-zh-CN tomcat-jdbc tomcat-jni tomcat-util tomcat-util-scan tomcat-websocket websocket-api websocket-client-api'
      .split(' ')
      .filter((j) => major === '11' || j !== 'tomcat-coyote-ffm')
      .map((j) => `lib/${j}.jar`)
      .join(' ');
  const dist = ['ROOT', 'docs', 'examples', 'host-manager', 'manager']
    .map((app) => `webapps.dist/${app}/WEB-INF/web.xml webapps.dist/${app}/index.jsp`)
    .join(' ');
  return [
    ...spreadFiles(
      h,
      `${scripts} bin/bootstrap.jar bin/commons-daemon.jar bin/commons-daemon-native.tar.gz bin/tomcat-juli.jar bin/catalina-tasks.xml=2143
       ${jars} lib/ecj-4.33.jar
       conf/catalina.policy=13052 conf/catalina.properties=7693 conf/context.xml=1431 conf/jaspic-providers.xml=1149 conf/jaspic-providers.xsd=2313 conf/logging.properties=4144 conf/server.xml=7580 conf/tomcat-users.xml=2164 conf/tomcat-users.xsd=2558 conf/web.xml=177006
       ${dist} webapps.dist/docs/changelog.html webapps.dist/ROOT/tomcat.svg=67795
       native-jni-lib/libtcnative-1.so.0.0.0:x native-jni-lib/libtcnative-1.so->libtcnative-1.so.0.0.0 native-jni-lib/libtcnative-1.so.0->libtcnative-1.so.0.0.0 native-jni-lib/libtcnative-1.a native-jni-lib/.dependencies.txt=10
       BUILDING.txt=21039 CONTRIBUTING.md=6166 LICENSE=60517 NOTICE=2333 README.md=3284 RELEASE-NOTES=6826 RUNNING.txt=16061`,
      major === '9' ? 17_600_000 : 16_900_000,
    ),
    { path: `${h}/webapps/`, size: 0 },
    ownedDir(`${h}/logs`, 0, 0, 0o1777),
    ownedDir(`${h}/temp`, 0, 0, 0o1777),
    ownedDir(`${h}/work`, 0, 0, 0o1777),
  ];
}

function jdkOf(variant: string): { major: string; jdk: boolean } {
  const m = /^(jdk|jre)(\d+)/.exec(variant);
  return { major: m?.[2] ?? DEFAULT_JDK, jdk: (m?.[1] ?? 'jdk') === 'jdk' };
}

export const tomcat: RepoDef = {
  repository: 'tomcat',
  description:
    'Apache Tomcat is an open source implementation of the Java Servlet and JavaServer Pages technologies',
  grammar: {
    lines: lines(`
      11.0 11.0.13 noble,jammy
      10.1 10.1.48 noble,jammy
      9.0 9.0.111 noble,jammy
      8.5 8.5.100 jammy`),
    aliases: { latest: '11.0' },
    variants: VARIANTS,
    versionless: true,
  },
  build(world, tag: ParsedTag) {
    const { major: jdkMajor, jdk } = jdkOf(tag.variant);
    if (!(JDKS[tag.line.key] ?? []).includes(jdkMajor)) return undefined;
    const base = baseImage(world, tag.release, 'slim');
    const line = temurin.grammar.lines.find((l) => l.key === jdkMajor);
    if (!base || !line || !line.releases.includes(tag.release)) return undefined;
    const parts = temurinParts(
      { line, version: line.full, variant: jdk ? 'jdk' : 'jre', release: tag.release },
      jdk,
      false,
    );
    const v = tag.version;
    const major = v.split('.')[0] ?? '';
    const kind = `${jdk ? 'jdk' : 'jre'}${jdkMajor}`;
    const reference = `tomcat:${v}-${kind}-temurin-${tag.release}`;
    const libdir = `${CATALINA_HOME}/native-jni-lib`;
    const path = `PATH=${CATALINA_HOME}/bin:${(parts.config.Env[0] ?? '').slice('PATH='.length)}`;
    const sha = `TOMCAT_SHA512=${sha256Hex(`apache-tomcat-${v}.tar.gz`)}${sha256Hex(`apache-tomcat-${v}.tar.gz.512`)}`;
    const env = [
      path,
      ...parts.config.Env.slice(1),
      `CATALINA_HOME=${CATALINA_HOME}`,
      `TOMCAT_NATIVE_LIBDIR=${libdir}`,
      `LD_LIBRARY_PATH=${libdir}`,
      `TOMCAT_MAJOR=${major}`,
      `TOMCAT_VERSION=${v}`,
      sha,
    ];
    const rows: Row[] = [
      ...parts.rows,
      `ENV CATALINA_HOME=${CATALINA_HOME}`,
      `ENV ${path}`,
      { by: run('mkdir -p "$CATALINA_HOME"'), files: [{ path: `${CATALINA_HOME}/`, size: 0 }] },
      `WORKDIR ${CATALINA_HOME}`,
      `ENV TOMCAT_NATIVE_LIBDIR=${libdir}`,
      `ENV LD_LIBRARY_PATH=${libdir}`,
      `ENV TOMCAT_MAJOR=${major}`,
      `ENV TOMCAT_VERSION=${v}`,
      `ENV ${sha}`,
      {
        by: installStep(major),
        // What apt-mark keeps for the native library: APR (and OpenSSL, already there).
        deb: [tag.release === 'noble' ? 'libapr1t64' : 'libapr1'],
        files: tomcatFiles(major),
      },
      VERIFY_NATIVE,
      'EXPOSE map[8080/tcp:{}]',
      'ENTRYPOINT []',
      'CMD ["catalina.sh" "run"]',
    ];
    const config: ImageConfig = {
      Env: env,
      Cmd: ['catalina.sh', 'run'],
      WorkingDir: CATALINA_HOME,
      User: '',
      ExposedPorts: { '8080/tcp': {} },
    };
    return assemble(world, {
      repository: 'tomcat',
      reference,
      created: '2025-11-12T09:20:00Z',
      base,
      config,
      rows,
      what: `Apache Tomcat ${v} (a modelled /usr/local/tomcat; catalina.sh run logs Catalina's start-up and deploys the WARs in webapps, whose code is not run) on ${parts.what} on ${releaseWords(base)}`,
      description: this.description,
    });
  },
};
