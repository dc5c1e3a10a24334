/**
 * `docker login` and `docker logout`, simulated: any user name and password are accepted by
 * the registries that exist (registry/registries.ts), and the credentials are kept where
 * the docker CLI keeps them, ~/.docker/config.json, with the warning Docker prints about it.
 * There is no terminal prompt here: give -u and --password-stdin (or -p).
 */
import {
  configPath,
  removeCredentials,
  storeCredentials,
  storedUser,
} from '../../registry/credentials';
import { normalizeServer, registryFor } from '../../registry/registries';
import type { DockerCommand, DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { daemonError } from './image-common';

const NO_TTY = 'Error: Cannot perform an interactive login from a non TTY device\n';

function home(ctx: DockerContext): string {
  return ctx.io.env['HOME'] ?? ctx.rt.host.home;
}

function authKey(server: string): string | undefined {
  const found = registryFor(server, 'any');
  return found.ok ? found.registry.authKey : undefined;
}

function login(ctx: DockerContext, parsed: ParsedArgs): number {
  const server = normalizeServer(parsed.args[0]);
  const username = parsed.flags.string('username')?.trim();
  const password = parsed.flags.string('password');
  const fromStdin = parsed.flags.bool('password-stdin');
  if (password !== undefined && fromStdin) {
    ctx.err('--password and --password-stdin are mutually exclusive\n');
    return 1;
  }
  if (fromStdin && !username) {
    ctx.err('the --password-stdin option requires --username to be set\n');
    return 1;
  }
  if (password)
    ctx.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  const key = authKey(server) ?? server;
  const dir = home(ctx);
  if (!username && password === undefined) {
    const user = storedUser(ctx.io.fs, dir, key);
    if (!user) {
      ctx.err(NO_TTY);
      ctx.io.note(
        'This terminal cannot prompt for a password: use `docker login -u NAME --password-stdin` and give the password on stdin.',
      );
      return 1;
    }
    ctx.err(
      `Authenticating with existing credentials... [Username: ${user}]\n\n` +
        " Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n",
    );
    ctx.out('Login Succeeded\n');
    return 0;
  }
  const secret = fromStdin ? ctx.io.stdin.replace(/\r?\n$/, '') : password;
  if (secret === undefined || (fromStdin && secret === '')) {
    ctx.err(NO_TTY);
    return 1;
  }
  if (secret === '') {
    ctx.err('password is empty\n');
    return 1;
  }
  const found = registryFor(server, ctx.rt.hostName);
  if (!found.ok) return daemonError(ctx, found.error);
  ctx.spend(600);
  const stored = storeCredentials(ctx.io.fs, dir, found.registry.authKey, username ?? '', secret);
  if (stored.changed) {
    ctx.err(
      `\nWARNING! Your credentials are stored unencrypted in '${configPath(dir)}'.\n` +
        'Configure a credential helper to remove this warning. See\n' +
        'https://docs.docker.com/go/credential-store/\n\n',
    );
  }
  ctx.out('Login Succeeded\n');
  return 0;
}

export const loginCommand: DockerCommand = {
  path: ['login'],
  spec: {
    name: 'login',
    usage: 'docker login [OPTIONS] [SERVER]',
    short: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
    maxArgs: 1,
    interspersed: true,
    flags: [
      {
        long: 'password',
        short: 'p',
        type: 'string',
        help: 'Password or Personal Access Token (PAT)',
      },
      {
        long: 'password-stdin',
        type: 'bool',
        help: 'Take the Password or Personal Access Token (PAT) from stdin',
      },
      { long: 'username', short: 'u', type: 'string', help: 'Username' },
    ],
  },
  run: login,
};

export const logoutCommand: DockerCommand = {
  path: ['logout'],
  spec: {
    name: 'logout',
    usage: 'docker logout [SERVER]',
    short:
      'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
    maxArgs: 1,
    interspersed: true,
    flags: [],
  },
  run(ctx, parsed) {
    const server = normalizeServer(parsed.args[0]);
    const key = authKey(server) ?? server;
    ctx.out(`Removing login credentials for ${key}\n`);
    removeCredentials(ctx.io.fs, home(ctx), key);
    return 0;
  },
};
