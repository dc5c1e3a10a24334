import { describe, expect, it } from 'vitest';
import { emptyDir } from '../fs/node';
import { OverlayFs } from '../fs/overlay';
import {
  base64Decode,
  base64Encode,
  removeCredentials,
  storeCredentials,
  storedUser,
} from './credentials';
import { normalizeServer } from './registries';

const HOME = '/home/learner';

function homeFs(): OverlayFs {
  const fs = new OverlayFs([], emptyDir());
  fs.mkdir(HOME, { parents: true });
  return fs;
}

describe('credentials in ~/.docker/config.json', () => {
  it('writes the file as the docker CLI does: tab indented, base64 user:password', () => {
    const fs = homeFs();
    expect(storeCredentials(fs, HOME, '127.0.0.1:5000', 'alice', 'secret')).toEqual({
      ok: true,
      changed: true,
    });
    const file = fs.readFile(`${HOME}/.docker/config.json`);
    // Recorded from the docker 28 CLI after `docker login 127.0.0.1:5000 -u alice`.
    expect(file.ok && file.value.text).toBe(
      '{\n\t"auths": {\n\t\t"127.0.0.1:5000": {\n\t\t\t"auth": "YWxpY2U6c2VjcmV0"\n\t\t}\n\t}\n}',
    );
    expect(storedUser(fs, HOME, '127.0.0.1:5000')).toBe('alice');
  });

  it('reports no change when the same credentials are stored again', () => {
    const fs = homeFs();
    storeCredentials(fs, HOME, 'registry.example.com', 'ci', 'token');
    expect(storeCredentials(fs, HOME, 'registry.example.com', 'ci', 'token').changed).toBe(false);
    expect(storeCredentials(fs, HOME, 'registry.example.com', 'ci', 'other').changed).toBe(true);
  });

  it('logout removes one server and leaves an empty auths object', () => {
    const fs = homeFs();
    storeCredentials(fs, HOME, 'localhost:5000', 'carol', 's');
    removeCredentials(fs, HOME, 'localhost:5000');
    const file = fs.readFile(`${HOME}/.docker/config.json`);
    expect(file.ok && file.value.text).toBe('{\n\t"auths": {}\n}');
    expect(storedUser(fs, HOME, 'localhost:5000')).toBeUndefined();
  });

  it('survives a config file people broke by hand', () => {
    const fs = homeFs();
    fs.mkdir(`${HOME}/.docker`);
    fs.writeFile(`${HOME}/.docker/config.json`, { text: '{not json' });
    expect(storedUser(fs, HOME, 'docker.io')).toBeUndefined();
    expect(storeCredentials(fs, HOME, 'docker.io', 'a', 'b').ok).toBe(true);
  });
});

describe('base64', () => {
  it('round-trips and pads as Go does', () => {
    expect(base64Encode('carol:s')).toBe('Y2Fyb2w6cw==');
    expect(base64Decode('Y2Fyb2w6cw==')).toBe('carol:s');
    expect(base64Decode('not base64!')).toBeUndefined();
  });
});

describe('normalizeServer', () => {
  it('keeps the host of a URL and maps Hub aliases to docker.io', () => {
    expect(normalizeServer('http://localhost:5000/')).toBe('localhost:5000');
    expect(normalizeServer(undefined)).toBe('docker.io');
    expect(normalizeServer('https://index.docker.io/v1/')).toBe('docker.io');
  });
});
