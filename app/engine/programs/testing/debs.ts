/** Test support: a small Debian archive (curl and what it needs) for the apt tests. */
import { fakeCatalog, fakePackage } from './fake-catalog';

export const debCatalog = fakeCatalog(
  [
    fakePackage('deb', 'curl', {
      version: '8.14.1-2',
      depends: ['libcurl4t64', 'libc6'],
      files: [
        { path: '/usr/bin/curl', size: 300_000, mode: 0o755 },
        '/usr/share/doc/curl/copyright',
      ],
      downloadSize: 269_000,
      summary: 'command line tool for transferring data with URL syntax',
    }),
    fakePackage('deb', 'libcurl4t64', {
      version: '8.14.1-2',
      depends: ['libssl3t64', 'libc6'],
      files: [{ path: '/usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0', size: 900_000 }],
      downloadSize: 390_000,
    }),
    fakePackage('deb', 'libssl3t64', {
      version: '3.5.1-1',
      depends: ['libc6'],
      files: [{ path: '/usr/lib/x86_64-linux-gnu/libssl.so.3', size: 1_000_000 }],
      downloadSize: 2_400_000,
    }),
    fakePackage('deb', 'tini', {
      version: '0.19.0-3',
      files: [
        { path: '/usr/bin/tini', size: 30_000, mode: 0o755 },
        { path: '/etc/tini.conf', size: 10 },
      ],
      downloadSize: 250_000,
    }),
    fakePackage('deb', 'gcc', {
      version: '4:14.2.0-1',
      depends: ['libc6'],
      files: [{ path: '/usr/bin/gcc', size: 1_200_000, mode: 0o755 }],
      downloadSize: 5_000_000,
    }),
  ],
  { distro: 'trixie' },
);
