import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { envsubstProgram } from './envsubst';
import { opensslProgram } from './openssl';
import { tiniProgram } from './tini';

const fs = () =>
  new OverlayFs([tree({ '/tmp/hello.txt': 'hello\n', '/tmp/pkg.tar.gz': { blob: 1_000 } })]);

describe('envsubst', () => {
  it('replaces $VAR and ${VAR} from the environment, unset ones with nothing', () => {
    const result = runProgram(envsubstProgram, ['envsubst'], fs(), {
      env: { PORT: '8080' },
      stdin: 'listen ${PORT}; host $HOST; port $PORT\n',
    });
    expect(result.stdout).toBe('listen 8080; host ; port 8080\n');
  });

  it('replaces only the variables a SHELL-FORMAT names, keeping nginx variables', () => {
    const result = runProgram(envsubstProgram, ['envsubst', '${PORT} '], fs(), {
      env: { PORT: '8080', host: 'x' },
      stdin: 'listen ${PORT}; proxy_set_header Host $host;\n',
    });
    expect(result.stdout).toBe('listen 8080; proxy_set_header Host $host;\n');
  });
});

describe('openssl', () => {
  it('prints digests in both of its formats', () => {
    expect(runProgram(opensslProgram, ['openssl', 'sha256', '/tmp/hello.txt'], fs()).stdout).toBe(
      'SHA2-256(/tmp/hello.txt)= 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n',
    );
    const reversed = runProgram(opensslProgram, ['openssl', 'sha512', '-r', 'hello.txt'], fs(), {
      cwd: '/tmp',
    });
    expect(reversed.stdout).toMatch(/^[0-9a-f]{128} \*hello\.txt\n$/);
  });

  it('notes that the digest of a simulated download is not the real one', () => {
    const result = runProgram(
      opensslProgram,
      ['openssl', 'dgst', '-sha256', '/tmp/pkg.tar.gz'],
      fs(),
    );
    expect(result.notes[0]).toMatch(/not of real bytes/);
  });

  it('writes stand-in PEM files for a self-signed certificate', () => {
    const files = fs();
    const result = runProgram(
      opensslProgram,
      [
        'openssl',
        'req',
        '-x509',
        '-nodes',
        '-newkey',
        'rsa:2048',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-subj',
        '/CN=localhost',
      ],
      files,
      { cwd: '/tmp' },
    );
    expect(result.code).toBe(0);
    const cert = files.readFile('/tmp/cert.pem');
    expect(cert.ok && cert.value.text).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/,
    );
    expect(files.stat('/tmp/key.pem').ok).toBe(true);
    expect(runProgram(opensslProgram, ['openssl', 'bogus'], fs()).stderr).toBe(
      'Invalid command \'bogus\'; type "help" for a list.\n',
    );
  });
});

describe('tini', () => {
  it('prints its version and runs the command after --', () => {
    expect(runProgram(tiniProgram, ['tini', '--version'], fs()).stdout).toBe(
      'tini version 0.19.0 - git.de40ad0\n',
    );
    const result = runProgram(tiniProgram, ['tini', '--', 'node', 'server.js'], fs(), {
      onRun: () => 3,
    });
    expect(result.runs).toEqual([['node', 'server.js']]);
    expect(result.code).toBe(3);
  });
});
