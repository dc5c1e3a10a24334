/** ruby: the official Dockerfile's gemrc, build and GEM_HOME steps with the asked version's paths. */
import { sha256Hex } from '../../fs/digest';
import { assemble, releaseWords, run, type Row } from './assemble';
import { lines } from './grammar';
import { spreadFiles, textFile } from './layers';

import { alpineOf, apt, languageRepo } from './lang-helpers';

export const ruby = languageRepo({
  repository: 'ruby',
  description:
    'Ruby is a dynamic, reflective, object-oriented, general-purpose, open-source programming language.',
  grammar: {
    lines: lines(`
      3.4 3.4.7 trixie@3.4.5,bookworm alpine3.22,alpine3.21
      3.3 3.3.10 trixie@3.3.9,bookworm,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      3.2 3.2.9 trixie@3.2.9,bookworm@3.2.2,bullseye alpine3.22,alpine3.21,alpine3.20,alpine3.19,alpine3.18
      3.1 3.1.7 bookworm@3.1.4,bullseye alpine3.21,alpine3.20,alpine3.19,alpine3.18
      3.0 3.0.7 bookworm@3.0.6,bullseye alpine3.18
      2.7 2.7.8 bookworm,bullseye,buster alpine3.18,alpine3.17,alpine3.16,alpine3.15,alpine3.14,alpine3.13,alpine3.12,alpine3.11
      2.6 2.6.10 bullseye,buster,stretch alpine3.15,alpine3.14,alpine3.13
      2.5 2.5.9 buster,stretch alpine3.13,alpine3.12,alpine3.11
      2.4 2.4.10 buster,stretch alpine3.11,alpine3.10`),
    aliases: { latest: '3.4' },
  },
  build({ world, tag, reference, base, version: v }) {
    const minor = v.split('.').slice(0, 2).join('.');
    const abi = `${minor}.0`;
    const url = `https://cache.ruby-lang.org/pub/ruby/${minor}/ruby-${v}.tar.xz`;
    const env = [
      'PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'LANG=C.UTF-8',
      `RUBY_VERSION=${v}`,
      `RUBY_DOWNLOAD_URL=${url}`,
      `RUBY_DOWNLOAD_SHA256=${sha256Hex(`ruby-${v}.tar.xz`)}`,
      'GEM_HOME=/usr/local/bundle',
      'BUNDLE_SILENCE_ROOT_WARNING=1',
      'BUNDLE_APP_CONFIG=/usr/local/bundle',
    ];
    const script = (name: string, body: string) =>
      textFile(
        `/usr/local/bin/${name}`,
        `#!/usr/local/bin/ruby\n# frozen_string_literal: true\n${body}\n`,
        0o755,
      );
    const files = [
      ...spreadFiles(
        '/usr/local',
        `bin/ruby:x=16160 lib/libruby.so.${v}:x lib/libruby.so.${minor}->libruby.so.${v} lib/libruby.so->libruby.so.${v}
         lib/pkgconfig/ruby-${minor}.pc=2201 include/ruby-${abi}/ruby.h include/ruby-${abi}/ruby/ruby.h include/ruby-${abi}/x86_64-linux/ruby/config.h
         lib/ruby/${abi}/rubygems.rb lib/ruby/${abi}/bundler.rb lib/ruby/${abi}/json.rb lib/ruby/${abi}/net/http.rb lib/ruby/${abi}/openssl.rb lib/ruby/${abi}/irb.rb lib/ruby/${abi}/set.rb lib/ruby/${abi}/fileutils.rb
         lib/ruby/${abi}/x86_64-linux/openssl.so:x lib/ruby/${abi}/x86_64-linux/zlib.so:x lib/ruby/${abi}/x86_64-linux/psych.so:x lib/ruby/${abi}/x86_64-linux/json/ext/parser.so:x lib/ruby/${abi}/x86_64-linux/socket.so:x
         lib/ruby/gems/${abi}/gems/rake-13.2.1/lib/rake.rb lib/ruby/gems/${abi}/gems/minitest-5.25.4/lib/minitest.rb lib/ruby/gems/${abi}/gems/rbs-3.9.5/lib/rbs.rb lib/ruby/gems/${abi}/gems/typeprof-0.21.11/lib/typeprof.rb
         lib/ruby/gems/${abi}/specifications/default/bundler-2.6.9.gemspec lib/ruby/site_ruby/ lib/ruby/vendor_ruby/ share/man/man1/ruby.1`,
        78_000_000,
      ),
      script(
        'gem',
        "require 'rubygems'\nrequire 'rubygems/gem_runner'\nGem::GemRunner.new.run ARGV.clone",
      ),
      script(
        'bundle',
        "require 'bundler/friendly_errors'\nBundler.with_friendly_errors { require 'bundler/cli'; Bundler::CLI.start(ARGV) }",
      ),
      ...['bundler', 'erb', 'irb', 'rake', 'rdoc', 'ri', 'racc', 'rbs', 'typeprof'].map((n) =>
        script(n, `load Gem.bin_path('${n}', '${n}')`),
      ),
    ];
    const deps = alpineOf(tag)
      ? {
          by: run(
            'set -eux; \tapk add --no-cache \t\tbzip2 \t\tca-certificates \t\tgmp-dev \t\tlibffi-dev \t\tprocps \t\tyaml-dev \t\tzlib-dev \t;',
          ),
          apk: [
            'bzip2',
            'ca-certificates',
            'gmp-dev',
            'libffi-dev',
            'procps',
            'yaml-dev',
            'zlib-dev',
          ],
        }
      : {
          by: apt(
            'bzip2 ca-certificates libffi-dev libgmp-dev libssl-dev libyaml-dev procps zlib1g-dev',
          ),
          deb: 'bzip2 ca-certificates libffi-dev libgmp-dev libssl-dev libyaml-dev procps zlib1g-dev'.split(
            ' ',
          ),
        };
    const rows: Row[] = [
      {
        by: run(
          `set -eux; \tmkdir -p /usr/local/etc; \t{ \t\techo 'install: --no-document'; \t\techo 'update: --no-document'; \t} >> /usr/local/etc/gemrc`,
        ),
        files: [
          textFile('/usr/local/etc/gemrc', 'install: --no-document\nupdate: --no-document\n'),
        ],
      },
      'ENV LANG=C.UTF-8',
      ...(tag.variant === 'slim' || alpineOf(tag) ? [deps] : []),
      `ENV RUBY_VERSION=${v}`,
      `ENV RUBY_DOWNLOAD_URL=${url}`,
      `ENV RUBY_DOWNLOAD_SHA256=${sha256Hex(`ruby-${v}.tar.xz`)}`,
      {
        by: run(
          `set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tbison \t\tdpkg-dev \t\tlibgdbm-dev \t\truby \t\trustc \t; \t\twget -O ruby.tar.xz "$RUBY_DOWNLOAD_URL"; \techo "$RUBY_DOWNLOAD_SHA256 *ruby.tar.xz" | sha256sum --check --strict; \t\tmkdir -p /usr/src/ruby; \ttar -xJf ruby.tar.xz -C /usr/src/ruby --strip-components=1; \trm ruby.tar.xz; \t\tcd /usr/src/ruby; \t\tautoconf; \tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \t./configure \t\t--build="$gnuArch" \t\t--disable-install-doc \t\t--enable-shared \t\t--enable-yjit \t; \tmake -j "$(nproc)"; \tmake install; \t\tcd /; \trm -r /usr/src/ruby; \t\truby --version; \tgem --version; \tbundle --version`,
        ),
        files,
      },
      'ENV GEM_HOME=/usr/local/bundle',
      'ENV BUNDLE_SILENCE_ROOT_WARNING=1 BUNDLE_APP_CONFIG=/usr/local/bundle',
      `ENV ${env[0]}`,
      {
        by: run('set -eux; \tmkdir "$GEM_HOME"; \tchmod 1777 "$GEM_HOME"'),
        // chmod 1777: any --user can install gems into GEM_HOME.
        files: [{ path: '/usr/local/bundle/', size: 0, mode: 0o1777 }],
      },
      'CMD ["irb"]',
    ];
    return assemble(world, {
      repository: 'ruby',
      reference,
      created: '2025-12-09T02:10:00Z',
      base,
      config: { Env: env, Cmd: ['irb'], WorkingDir: alpineOf(tag) ? '/' : '', User: '' },
      rows,
      what: `Ruby ${v} (a modelled /usr/local install; gem and bundle install from a RubyGems catalog; application code is not run) on ${releaseWords(base)}`,
      description: this.description,
    });
  },
});
