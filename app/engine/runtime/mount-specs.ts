/**
 * `-v` and `--mount` as the docker CLI and daemon read them: a named volume
 * (`data:/data`), an anonymous one (`/data`), a bind mount of a host folder
 * (`./site:/usr/share/nginx/html`, `type=bind,src=...`), with `ro`, `nocopy` and friends.
 * Errors carry Docker's wording and say who reports them (the CLI or the daemon), since the
 * two print differently.
 */
import { resolvePath } from '../fs/path';

export interface MountRequest {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name ('' for a new anonymous volume) or absolute host path. */
  source: string;
  destination: string;
  readOnly: boolean;
  /** Don't fill a new volume with the image's content (`:nocopy`, `volume-nocopy`). */
  noCopy: boolean;
  /** Inspect's Mode: "z" for named `-v` volumes without options, the options otherwise. */
  mode: string;
  /** `-v` creates a missing bind source folder; `--mount type=bind` refuses it. */
  createSource: boolean;
  /** tmpfs: `--tmpfs` options as typed, or `--mount`'s tmpfs-size and tmpfs-mode. */
  tmpfsOptions?: string;
  tmpfsMount?: { sizeBytes?: number; mode?: number };
}

export type SpecError =
  /** Printed as `docker: MESSAGE` + "Run 'docker run --help'", status 125 (client-side). */
  | { by: 'cli'; message: string }
  /** `invalid argument "SPEC" for "--mount" flag: MESSAGE` + usage, status 125. */
  | { by: 'flag'; message: string }
  /** `docker: Error response from daemon: MESSAGE`, status 125. */
  | { by: 'daemon'; message: string };

export type SpecResult = { ok: true; mount: MountRequest } | { ok: false; error: SpecError };

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'consistent', 'cached', 'delegated']);
const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

function refuse(by: SpecError['by'], message: string): SpecResult {
  return { ok: false, error: { by, message } };
}

/** The local volume driver's naming rule, as the daemon words a name that breaks it. */
function invalidVolumeName(source: string): SpecResult {
  return refuse(
    'daemon',
    `create ${source}: "${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
  );
}

function isHostPath(source: string): boolean {
  return source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
}

function hostPath(source: string, cwd: string, home: string): string {
  if (source === '~' || source.startsWith('~/')) return resolvePath(home, '.' + source.slice(1));
  return resolvePath(cwd, source);
}

/** `-v SRC:DST[:MODE]`, `-v DST`. */
export function parseVolumeFlag(spec: string, cwd: string, home: string): SpecResult {
  const parts = spec.split(':');
  if (parts.some((p) => p === '') && parts.length > 1) {
    return refuse('cli', `invalid spec: ${spec}: empty section between colons`);
  }
  if (spec === '') {
    return refuse('cli', 'invalid empty volume spec');
  }
  if (parts.length > 3) {
    return refuse('daemon', `invalid volume specification: '${spec}'`);
  }
  const [first = '', second, third] = parts;
  const anonymous = parts.length === 1;
  const source = anonymous ? '' : first;
  const destination = anonymous ? first : (second ?? '');
  const mode = third ?? '';
  const options = mode === '' ? [] : mode.split(',');
  if (options.some((o) => !MODES.has(o) && !PROPAGATION.has(o))) {
    return refuse('daemon', `invalid mode: ${mode}`);
  }
  if (!destination.startsWith('/')) {
    const kind = isHostPath(source) ? 'bind' : 'volume';
    return refuse(
      'daemon',
      `invalid volume specification: '${spec}': invalid mount config for type "${kind}": invalid mount path: '${destination}' mount path must be absolute`,
    );
  }
  const readOnly = options.includes('ro');
  const noCopy = options.includes('nocopy');
  if (anonymous) {
    return {
      ok: true,
      mount: {
        type: 'volume',
        source: '',
        destination: resolvePath('/', destination),
        readOnly,
        noCopy,
        mode: '',
        createSource: false,
      },
    };
  }
  if (isHostPath(source)) {
    return {
      ok: true,
      mount: {
        type: 'bind',
        source: hostPath(source, cwd, home),
        destination: resolvePath('/', destination),
        readOnly,
        noCopy: false,
        mode,
        createSource: true,
      },
    };
  }
  if (!VOLUME_NAME.test(source)) {
    return invalidVolumeName(source);
  }
  return {
    ok: true,
    mount: {
      type: 'volume',
      source,
      destination: resolvePath('/', destination),
      readOnly,
      noCopy,
      mode: mode === '' ? 'z' : mode,
      createSource: false,
    },
  };
}

function truthy(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** `--mount type=volume,src=data,dst=/data,readonly`. */
export function parseMountFlag(spec: string, cwd: string, home: string): SpecResult {
  const flagError = (message: string): SpecResult => refuse('flag', message);
  let typeName = 'volume';
  let source = '';
  let destination = '';
  let readOnly = false;
  let noCopy = false;
  const tmpfs: { sizeBytes?: number; mode?: number } = {};
  const prefixes = new Set<string>();
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? undefined : field.slice(eq + 1);
    const prefix = /^(bind|volume|tmpfs)-/.exec(key)?.[1];
    if (prefix) prefixes.add(prefix);
    switch (key) {
      case 'type':
        typeName = value ?? '';
        break;
      case 'source':
      case 'src':
        source = value ?? '';
        break;
      case 'target':
      case 'dst':
      case 'destination':
        destination = value ?? '';
        break;
      case 'readonly':
      case 'ro': {
        const flag = truthy(value);
        if (flag === undefined) return flagError(`invalid value for ${key}: ${value}`);
        readOnly = flag;
        break;
      }
      case 'volume-nocopy': {
        const flag = truthy(value);
        if (flag === undefined) return flagError(`invalid value for volume-nocopy: ${value}`);
        noCopy = flag;
        break;
      }
      case 'bind-propagation':
      case 'consistency':
      case 'volume-driver':
      case 'volume-label':
      case 'volume-opt':
      case 'bind-recursive':
      case 'volume-subpath':
        break;
      case 'tmpfs-size': {
        const bytes = ramInBytes(value ?? '');
        if (bytes === undefined) return flagError(`invalid value for tmpfs-size: ${value}`);
        tmpfs.sizeBytes = bytes;
        break;
      }
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(value ?? ''))
          return flagError(`invalid value for tmpfs-mode: ${value}`);
        tmpfs.mode = Number.parseInt(value ?? '', 8);
        break;
      }
      default:
        if (value === undefined)
          return flagError(`invalid field '${field}' must be a key=value pair`);
        return flagError(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (destination === '') return flagError('target is required');
  for (const prefix of prefixes) {
    if (prefix !== typeName)
      return flagError(`cannot mix '${prefix}-*' options with mount type '${typeName}'`);
  }
  if (typeName !== 'volume' && typeName !== 'bind' && typeName !== 'tmpfs') {
    return refuse('daemon', `invalid mount config for type "${typeName}": mount type unknown`);
  }
  const type: MountRequest['type'] = typeName;
  if (!destination.startsWith('/')) {
    return refuse(
      'daemon',
      `invalid mount config for type "${type}": invalid mount path: '${destination}' mount path must be absolute`,
    );
  }
  if (type === 'bind') {
    if (source === '') {
      return refuse(
        'daemon',
        'invalid mount config for type "bind": field Source must not be empty',
      );
    }
    return {
      ok: true,
      mount: {
        type,
        source: hostPath(source, cwd, home),
        destination: resolvePath('/', destination),
        readOnly,
        noCopy: false,
        mode: '',
        createSource: false,
      },
    };
  }
  if (type === 'tmpfs' && source !== '') {
    return refuse(
      'daemon',
      'invalid mount config for type "tmpfs": field Source must not be specified',
    );
  }
  if (type === 'volume' && source === '' && readOnly) {
    return refuse(
      'daemon',
      'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes',
    );
  }
  if (type === 'volume' && source !== '' && !VOLUME_NAME.test(source)) {
    return invalidVolumeName(source);
  }
  return {
    ok: true,
    mount: {
      type,
      source: type === 'tmpfs' ? '' : source,
      destination: resolvePath('/', destination),
      readOnly,
      noCopy,
      mode: '',
      createSource: false,
      ...(type === 'tmpfs' ? { tmpfsMount: tmpfs } : {}),
    },
  };
}

/** go-units' RAMInBytes: `65536`, `1m`, `1.5g`, `2KiB` (binary multiples); negatives refused. */
function ramInBytes(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?) ?([kmgtp])?(i?b)?$/i.exec(value);
  if (!match) return undefined;
  const power = ' kmgtp'.indexOf((match[2] ?? ' ').toLowerCase());
  return Math.trunc(Number(match[1]) * 1024 ** power);
}
