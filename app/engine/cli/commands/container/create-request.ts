/**
 * From `docker run`/`docker create` flags to a create request, checking what the CLI
 * checks (pull option, ports, volume specs, env files) and finding or pulling the image,
 * with each error printed the way the CLI or the daemon words it.
 */
import { parseRestartFlag, restartPolicyRefusal, type RestartPolicy } from './restart-policy';
import { findLocalImage } from '../../../host/images';
import type { Image } from '../../../images/image';
import { familiarString, parseReference, withDefaultTag } from '../../../images/reference';
import { resolvePath } from '../../../fs/path';
import { pullForRun } from '../../../registry/pull';
import type { CreateRequest } from '../../../runtime/create';
import {
  parseMountFlag,
  parseVolumeFlag,
  type MountRequest,
  type SpecError,
} from '../../../runtime/mount-specs';
import { hostPortsInUse, parsePublish } from '../../../runtime/ports';
import { tmpfsOptionsError } from '../../../runtime/tmpfs';
import type { DockerContext } from '../../command';
import type { ParsedArgs } from '../../parsed';
import { flagValueError, runError } from './common';
import { healthFlags } from './health-flags';

export type Built = { ok: true; request: CreateRequest } | { ok: false; status: number };

const NETWORKS = new Set(['bridge', 'none', 'host', 'default']);

function readEnvFile(ctx: DockerContext, path: string): string[] | string {
  const file = ctx.io.fs.readFile(resolvePath(ctx.io.cwd, path));
  if (!file.ok) return `open ${path}: no such file or directory`;
  return (file.value.text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** `-e KEY=V` as given; `-e KEY` takes the value from the caller's environment, or is dropped. */
function resolveEnv(ctx: DockerContext, entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.includes('=')) out.push(entry);
    else if (ctx.io.env[entry] !== undefined) out.push(`${entry}=${ctx.io.env[entry]}`);
  }
  return out;
}

function specFailure(
  ctx: DockerContext,
  command: string,
  usage: string,
  flag: string,
  spec: string,
  error: SpecError,
): Built {
  if (error.by === 'flag') {
    return {
      ok: false,
      status: flagValueError(
        ctx,
        usage,
        command,
        `invalid argument "${spec}" for "${flag}" flag: ${error.message}`,
      ),
    };
  }
  const message =
    error.by === 'daemon' ? `Error response from daemon: ${error.message}` : error.message;
  if (command === 'create' && error.by === 'daemon') {
    ctx.err(`${message}\n`);
    return { ok: false, status: 1 };
  }
  return { ok: false, status: runError(ctx, command, message) };
}

/** The local image, pulled first when missing (or always, with --pull always). */
function resolveImage(
  ctx: DockerContext,
  command: string,
  ref: string,
  pull: string,
  quiet: boolean,
): Image | number {
  const fail = (message: string) =>
    command === 'create'
      ? ((ctx.err(`Error response from daemon: ${message}\n`), 1) as number)
      : runError(ctx, command, `Error response from daemon: ${message}`);
  const parsed = parseReference(ref);
  if (!parsed.ok) return runError(ctx, command, parsed.error);
  const local = findLocalImage(ctx.rt.host, ref);
  if (local && pull !== 'always') return local;
  if (pull === 'never') return fail(`No such image: ${familiarString(withDefaultTag(parsed.ref))}`);
  const pulled = pullForRun(
    { rt: ctx.rt, spend: (ms) => ctx.spend(ms), err: quiet ? () => {} : (t) => ctx.err(t) },
    ref,
  );
  if (!pulled.ok) return local ?? fail(pulled.error);
  return pulled.image;
}

/** `run` prints a daemon error with its hint and status 125; `create` prints it plainly. */
function daemonFailure(ctx: DockerContext, command: string, error: string): Built {
  const message = `Error response from daemon: ${error}`;
  if (command === 'create') {
    ctx.err(`${message}\n`);
    return { ok: false, status: 1 };
  }
  return { ok: false, status: runError(ctx, command, message) };
}

/** What the daemon refuses in the container's config, in Docker 25+'s words. */
function createRefusal(workdir: string | undefined, policy: RestartPolicy): string | undefined {
  if (workdir && !workdir.startsWith('/'))
    return `the working directory '${workdir}' is invalid, it needs to be an absolute path`;
  return restartPolicyRefusal(policy);
}

export function buildCreateRequest(
  ctx: DockerContext,
  parsed: ParsedArgs,
  command: 'run' | 'create',
  usage: string,
): Built {
  const { flags } = parsed;
  const pull = flags.string('pull') ?? 'missing';
  if (!['always', 'missing', 'never'].includes(pull)) {
    return {
      ok: false,
      status: runError(
        ctx,
        command,
        `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`,
      ),
    };
  }
  const restart = flags.string('restart') ?? 'no';
  const policy = parseRestartFlag(restart);
  if ('error' in policy) return { ok: false, status: runError(ctx, command, policy.error) };
  if (flags.bool('rm') && restart !== 'no' && restart !== '') {
    const message = 'conflicting options: cannot specify both --restart and --rm';
    return { ok: false, status: runError(ctx, command, message) };
  }
  const used = hostPortsInUse(ctx.rt.host);
  const ports: string[] = [];
  for (const spec of flags.strings('publish')) {
    const published = parsePublish(spec, used);
    if (!published.ok) return { ok: false, status: runError(ctx, command, published.error) };
    ports.push(...published.ports);
  }
  const mounts: MountRequest[] = [];
  for (const spec of flags.strings('volume')) {
    const parsedSpec = parseVolumeFlag(spec, ctx.io.cwd, ctx.io.env.HOME ?? ctx.io.user.home);
    if (!parsedSpec.ok)
      return specFailure(ctx, command, usage, '-v, --volume', spec, parsedSpec.error);
    mounts.push(parsedSpec.mount);
  }
  for (const spec of flags.strings('mount')) {
    const parsedSpec = parseMountFlag(spec, ctx.io.cwd, ctx.io.env.HOME ?? ctx.io.user.home);
    if (!parsedSpec.ok) return specFailure(ctx, command, usage, '--mount', spec, parsedSpec.error);
    mounts.push(parsedSpec.mount);
  }
  // `--tmpfs PATH[:OPTIONS]` is a map (path → options): a path given twice keeps the last.
  const tmpfsByPath = new Map<string, string>();
  for (const spec of flags.strings('tmpfs')) {
    const colon = spec.indexOf(':');
    const path = colon < 0 ? spec : spec.slice(0, colon);
    tmpfsByPath.delete(path);
    tmpfsByPath.set(path, colon < 0 ? '' : spec.slice(colon + 1));
  }
  for (const [destination, options] of tmpfsByPath) {
    mounts.push({
      type: 'tmpfs',
      source: '',
      destination,
      readOnly: false,
      noCopy: true,
      mode: '',
      createSource: false,
      tmpfsOptions: options,
    });
  }
  const envEntries: string[] = [];
  for (const file of flags.strings('env-file')) {
    const lines = readEnvFile(ctx, file);
    if (typeof lines === 'string') return { ok: false, status: runError(ctx, command, lines) };
    envEntries.push(...lines);
  }
  envEntries.push(...flags.strings('env'));
  const network = flags.string('network') ?? 'bridge';
  const [imageRef = '', ...args] = parsed.args;
  const image = resolveImage(ctx, command, imageRef, pull, flags.bool('quiet'));
  if (typeof image === 'number') return { ok: false, status: image };
  if (!NETWORKS.has(network)) {
    return daemonFailure(ctx, command, `network ${network} not found`);
  }
  if (flags.bool('publish-all')) {
    for (const key of Object.keys(image.config.ExposedPorts ?? {})) {
      const published = parsePublish(key, used);
      if (published.ok) ports.push(...published.ports);
    }
  }
  const relativeTmpfs = mounts.find((m) => m.type === 'tmpfs' && !m.destination.startsWith('/'));
  const badTmpfs = [...tmpfsByPath.values()].map(tmpfsOptionsError).find(Boolean);
  const daemonRefusal = relativeTmpfs
    ? `invalid mount path: '${relativeTmpfs.destination}' mount path must be absolute`
    : (badTmpfs ?? createRefusal(flags.string('workdir'), policy));
  if (daemonRefusal) return daemonFailure(ctx, command, daemonRefusal);
  const labels: Record<string, string> = {};
  for (const label of flags.strings('label')) {
    const eq = label.indexOf('=');
    labels[eq < 0 ? label : label.slice(0, eq)] = eq < 0 ? '' : label.slice(eq + 1);
  }
  const health = healthFlags(flags);
  if (!health.ok) {
    if (health.by === 'daemon') return daemonFailure(ctx, command, health.message);
    return { ok: false, status: runError(ctx, command, health.message) };
  }
  const stopTimeout = flags.given('stop-timeout') ? flags.int('stop-timeout') : undefined;
  const request: CreateRequest = {
    image,
    imageRef,
    args,
    env: resolveEnv(ctx, envEntries),
    ports,
    labels,
    mounts,
    autoRemove: flags.bool('rm'),
    tty: flags.bool('tty'),
    openStdin: flags.bool('interactive'),
    init: flags.bool('init'),
    network: network === 'default' ? 'bridge' : network,
    restart,
    ...(flags.bool('read-only') ? { readOnlyRoot: true } : {}),
    ...(flags.string('name') !== undefined ? { name: flags.string('name') } : {}),
    ...(flags.given('entrypoint') ? { entrypoint: flags.string('entrypoint') ?? '' } : {}),
    ...(flags.string('workdir')
      ? { workdir: resolvePath('/', flags.string('workdir') ?? '/') }
      : {}),
    ...(flags.string('user') !== undefined ? { user: flags.string('user') } : {}),
    ...(flags.strings('group-add').length > 0 ? { groupAdd: flags.strings('group-add') } : {}),
    ...(flags.string('hostname') ? { hostname: flags.string('hostname') } : {}),
    ...(flags.string('stop-signal') ? { stopSignal: flags.string('stop-signal') } : {}),
    ...(stopTimeout !== undefined ? { stopTimeout } : {}),
    ...(health.healthcheck ? { healthcheck: health.healthcheck } : {}),
  };
  return { ok: true, request };
}
