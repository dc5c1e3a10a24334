import { describe, expect, it } from 'vitest';
import { renderHelp } from '../args/help';
import { testRuntime } from '../../registry/testing';
import { helpFixture } from './help-fixture';
import { DockerDriver } from './image-testing';
import { loginCommand, logoutCommand } from './login';

const STORED_WARNING =
  "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\n" +
  'Configure a credential helper to remove this warning. See\n' +
  'https://docs.docker.com/go/credential-store/\n\n';

describe('docker login', () => {
  it('prints the help texts of docker 28', () => {
    expect(renderHelp(loginCommand.spec)).toBe(helpFixture('login'));
    expect(renderHelp(logoutCommand.spec)).toBe(helpFixture('logout'));
  });

  it('logs in with --password-stdin, warns about the stored credentials once, and writes config.json', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker login registry.example.com -u ci --password-stdin', 'token\n')).toEqual({
      out: 'Login Succeeded\n',
      err: STORED_WARNING,
      code: 0,
    });
    expect(d.run('docker login registry.example.com -u ci --password-stdin', 'token\n').err).toBe(
      '',
    );
    const file = d.fs().readFile('/home/learner/.docker/config.json');
    expect(file.ok && file.value.text).toBe(
      '{\n\t"auths": {\n\t\t"registry.example.com": {\n\t\t\t"auth": "Y2k6dG9rZW4="\n\t\t}\n\t}\n}',
    );
  });

  it('warns about -p, reuses stored credentials and words the errors as docker 28', () => {
    const d = new DockerDriver(testRuntime());
    expect(d.run('docker login localhost:5000 -u alice -p secret').err).toBe(
      'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' + STORED_WARNING,
    );
    expect(d.run('docker login localhost:5000')).toEqual({
      out: 'Login Succeeded\n',
      err:
        'Authenticating with existing credentials... [Username: alice]\n\n' +
        " Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n",
      code: 0,
    });
    expect(d.run('docker login')).toEqual({
      out: '',
      err: 'Error: Cannot perform an interactive login from a non TTY device\n',
      code: 1,
    });
    expect(d.run('docker login --password-stdin').err).toBe(
      'the --password-stdin option requires --username to be set\n',
    );
    expect(d.run('docker login -u bob -p ""').err).toBe('password is empty\n');
    expect(d.run('docker login nosuch.example.com -u a --password-stdin', 'b\n').err).toBe(
      'Error response from daemon: Get "https://nosuch.example.com/v2/": dial tcp: lookup nosuch.example.com on 127.0.0.53:53: no such host\n',
    );
  });

  it('keeps logins per host: the CI runner needs its own', () => {
    const d = new DockerDriver(testRuntime());
    d.run('docker login -u learner --password-stdin', 'pw\n');
    d.ssh('ci');
    expect(d.run('docker login').code).toBe(1);
  });
});

describe('docker logout', () => {
  it('removes the credentials and says so, even when there were none', () => {
    const d = new DockerDriver(testRuntime());
    d.run('docker login -u learner --password-stdin', 'pw\n');
    expect(d.run('docker logout')).toEqual({
      out: 'Removing login credentials for https://index.docker.io/v1/\n',
      err: '',
      code: 0,
    });
    const file = d.fs().readFile('/home/learner/.docker/config.json');
    expect(file.ok && file.value.text).toBe('{\n\t"auths": {}\n}');
    expect(d.run('docker logout http://localhost:5000/').out).toBe(
      'Removing login credentials for localhost:5000\n',
    );
  });
});
