import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../../fs/overlay';
import { runProgram } from '../testing/fake-io';
import { tree } from '../testing/images';
import { BLOB_MARK } from '../../shell/programs/archive';
import { clearsigned, detachedSignature } from '../archives/release-texts';
import { gpgProgram } from './gpg';
import { gpgvProgram } from './gpg-tools';

const gpg = gpgProgram(false);
const gpg1 = gpgProgram(true);
const NODE_KEY = '5BE8A3F6C8A5C01D106C0AD820B1A390B168D356';
const env = { GNUPGHOME: '/tmp/gnupg' };

function image(withDirmngr = true): OverlayFs {
  return new OverlayFs([
    tree({
      '/tmp/gnupg/': '',
      '/usr/bin/gpg': { blob: 1_000 },
      ...(withDirmngr ? { '/usr/bin/dirmngr': { blob: 1_000 } } : {}),
      '/tmp/SHASUMS256.txt.asc': clearsigned('abc  node-v24.14.0-linux-x64.tar.xz\n'),
      '/tmp/yarn.tar.gz.asc': detachedSignature('https://yarnpkg.com/yarn.tar.gz.asc'),
      '/tmp/yarn.tar.gz': { blob: 1_200_000 },
    }),
  ]);
}

describe('gpg', () => {
  it('imports a release key from a keyserver into a new keybox, naming its owner', () => {
    const fs = image();
    const result = runProgram(
      gpg,
      ['gpg', '--batch', '--keyserver', 'hkps://keys.openpgp.org', '--recv-keys', NODE_KEY],
      fs,
      { env },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "gpg: keybox '/tmp/gnupg/pubring.kbx' created\n" +
        'gpg: /tmp/gnupg/trustdb.gpg: trustdb created\n' +
        'gpg: key 20B1A390B168D356: public key "Antoine du Hamel <duhamelantoine1995@gmail.com>" imported\n' +
        'gpg: Total number processed: 1\n' +
        'gpg:               imported: 1\n',
    );
    expect(fs.stat('/tmp/gnupg/pubring.kbx').ok).toBe(true);
    const again = runProgram(gpg, ['gpg', '--batch', '--recv-keys', NODE_KEY], fs, { env });
    expect(again.stderr).toContain('"Antoine du Hamel <duhamelantoine1995@gmail.com>" not changed');
    expect(again.stderr).toContain('gpg:              unchanged: 1\n');
  });

  it('accepts a fingerprint typed with spaces, as the golang Dockerfile quotes it', () => {
    const result = runProgram(
      gpg,
      ['gpg', '--batch', '--recv-keys', 'EB4C 1BFD 4F04 2F6D DDCC  EC91 7721 F63B D38B 4796'],
      image(),
      { env },
    );
    expect(result.stderr).toContain(
      'gpg: key 7721F63BD38B4796: public key "Google Inc. (Linux Packages Signing Authority)',
    );
  });

  it('cannot reach a keyserver without dirmngr, as GnuPG 2 needs it', () => {
    const result = runProgram(gpg, ['gpg', '--batch', '--recv-keys', NODE_KEY], image(false), {
      env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('gpg: keyserver receive failed: No dirmngr\n');
  });

  it('lists an imported key with --fingerprint and fails for a key it does not have', () => {
    const fs = image();
    runProgram(gpg, ['gpg', '--batch', '--recv-keys', NODE_KEY], fs, { env });
    const listed = runProgram(gpg, ['gpg', '--batch', '--fingerprint', NODE_KEY], fs, { env });
    expect(listed.stdout).toMatch(
      /^pub {3}rsa4096 \d{4}-\d\d-\d\d \[SC\]\n {6}5BE8 A3F6 C8A5 C01D 106C {2}0AD8 20B1 A390 B168 D356\nuid {11}\[ unknown\] Antoine du Hamel <duhamelantoine1995@gmail.com>\n/,
    );
    const missing = runProgram(
      gpg,
      ['gpg', '--batch', '--fingerprint', 'A363A499291CBBC940DD62E41F10027AF002F8B0'],
      fs,
      { env },
    );
    expect(missing).toMatchObject({ code: 2, stderr: 'gpg: error reading key: No public key\n' });
  });

  it('verifies a signature only once a key is imported, noting that nothing is checked', () => {
    const fs = image();
    const before = runProgram(
      gpg,
      ['gpg', '--batch', '--verify', '/tmp/yarn.tar.gz.asc', '/tmp/yarn.tar.gz'],
      fs,
      { env },
    );
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("gpg: Can't check signature: No public key\n");
    runProgram(
      gpg,
      ['gpg', '--batch', '--recv-keys', '6A010C5166006599AA17F08146C2130DFD2497F5'],
      fs,
      { env },
    );
    const after = runProgram(
      gpg,
      ['gpg', '--batch', '--verify', '/tmp/yarn.tar.gz.asc', '/tmp/yarn.tar.gz'],
      fs,
      { env },
    );
    expect(after.code).toBe(0);
    expect(after.stderr).toContain(
      'gpg: Good signature from "Yarn Packaging <yarn@dan.cx>" [unknown]\n',
    );
    expect(after.notes.join(' ')).toMatch(/did not check/);
  });

  it('writes the signed text of a clearsigned file with --decrypt --output', () => {
    const fs = image();
    runProgram(gpg, ['gpg', '--batch', '--recv-keys', NODE_KEY], fs, { env });
    const result = runProgram(
      gpg,
      ['gpg', '--batch', '--decrypt', '--output', 'SHASUMS256.txt', 'SHASUMS256.txt.asc'],
      fs,
      { env, cwd: '/tmp' },
    );
    expect(result.code).toBe(0);
    const read = fs.readFile('/tmp/SHASUMS256.txt');
    expect(read.ok && read.value.text).toBe('abc  node-v24.14.0-linux-x64.tar.xz\n');
  });

  it('speaks as GnuPG 1.4 when called gpg1, with short key ids and a pubring.gpg', () => {
    const fs = image();
    const result = runProgram(
      gpg1,
      [
        'gpg1',
        '--batch',
        '--keyserver',
        'hkp://keyserver.ubuntu.com:80',
        '--recv-keys',
        '573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62',
      ],
      fs,
      { env },
    );
    expect(result.stderr).toContain(
      'gpg: requesting key 7BD9BF62 from hkp server keyserver.ubuntu.com\n',
    );
    expect(result.stderr).toContain(
      'gpg: key 7BD9BF62: public key "nginx signing key <signing-key@nginx.com>" imported\n',
    );
    expect(fs.stat('/tmp/gnupg/pubring.gpg').ok).toBe(true);
    const exported = runProgram(
      gpg1,
      ['gpg1', '--batch', '--export', '573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62'],
      fs,
      { env },
    );
    expect(exported.stdout.startsWith(`${BLOB_MARK}1650:gpg-export:573BFD6B`)).toBe(true);
  });

  it('gpgv needs the key in its keyring', () => {
    const result = runProgram(
      gpgvProgram,
      ['gpgv', '/tmp/yarn.tar.gz.asc', '/tmp/yarn.tar.gz'],
      image(),
      { env },
    );
    expect(result).toMatchObject({
      code: 2,
      stderr: "gpgv: Can't check signature: No public key\n",
    });
  });
});
