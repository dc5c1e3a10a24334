/**
 * RUN --mount values: comma-separated key=value fields (CSV, so a field may be quoted), as
 * BuildKit's parseMount reads them. BuildKit checks most of this only when the RUN executes
 * (after variable expansion), so a bad mount is reported on the mount, not as a parse error.
 */
import { withSuggestion } from '../suggest';

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface Mount {
  type: MountType;
  target?: string;
  source?: string;
  from?: string;
  readOnly: boolean;
  /** Cache id, or secret/ssh id. */
  id?: string;
  sharing?: 'shared' | 'private' | 'locked';
  required?: boolean;
  mode?: number;
  uid?: number;
  gid?: number;
  size?: string;
  env?: string;
}

export interface RunMount {
  /** The --mount value as written. */
  raw: string;
  mount?: Mount;
  error?: string;
}

const TYPES: readonly MountType[] = ['bind', 'cache', 'secret', 'ssh', 'tmpfs'];
const KEYS = [
  'type',
  'from',
  'source',
  'target',
  'readonly',
  'id',
  'sharing',
  'required',
  'size',
  'mode',
  'uid',
  'gid',
  'src',
  'dst',
  'destination',
  'ro',
  'rw',
  'readwrite',
  'env',
];

/** One CSV record as Go's encoding/csv reads it (quoted fields, "" for a quote). */
function readCsv(text: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length)
          return `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',') {
        return `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`;
      }
    } else {
      while (i < text.length && text[i] !== ',') {
        if (text[i] === '"')
          return `parse error on line 1, column ${i + 1}: bare " in non-quoted-field`;
        field += text[i++];
      }
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // the comma
  }
}

function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

function parseUint(value: string, radix: number): number | undefined {
  const digits = radix === 8 ? /^[0-7]+$/ : /^\d+$/;
  return digits.test(value) ? parseInt(value, radix) : undefined;
}

export function parseMount(raw: string): RunMount {
  const fields = readCsv(raw);
  if (typeof fields === 'string') return { raw, error: `failed to parse csv mounts: ${fields}` };
  const mount: Mount = { type: 'bind', readOnly: true };
  let readOnlyGiven = false;
  const fail = (error: string): RunMount => ({ raw, error });
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') mount.readOnly = true;
      else if (key === 'readwrite' || key === 'rw') mount.readOnly = false;
      else if (key === 'required' && (mount.type === 'secret' || mount.type === 'ssh')) {
        mount.required = true;
        continue;
      } else if (key === 'required') {
        return fail(`unexpected key '${key}' for mount type '${mount.type}'`);
      } else return fail(`invalid field '${field}' must be a key=value pair`);
      readOnlyGiven = true;
      continue;
    }
    switch (key) {
      case 'type': {
        const type = value.toLowerCase() as MountType;
        if (!TYPES.includes(type)) {
          return fail(withSuggestion(`unsupported mount type "${value}"`, value, TYPES, true));
        }
        mount.type = type;
        break;
      }
      case 'from':
        mount.from = value;
        break;
      case 'source':
      case 'src':
        mount.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.target = value;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const flag = parseBool(value);
        if (flag === undefined) return fail(`invalid value for ${key}: ${value}`);
        const writableKey = key === 'rw' || key === 'readwrite';
        mount.readOnly = writableKey ? !flag : flag;
        readOnlyGiven = true;
        break;
      }
      case 'required': {
        if (mount.type !== 'secret' && mount.type !== 'ssh') {
          return fail(`unexpected key '${key}' for mount type '${mount.type}'`);
        }
        const flag = parseBool(value);
        if (flag === undefined) return fail(`invalid value for ${key}: ${value}`);
        mount.required = flag;
        break;
      }
      case 'size':
        if (mount.type !== 'tmpfs')
          return fail(`unexpected key '${key}' for mount type '${mount.type}'`);
        mount.size = value;
        break;
      case 'id':
        mount.id = value;
        break;
      case 'sharing': {
        if (mount.type !== 'cache')
          return fail(`unexpected key '${key}' for mount type '${mount.type}'`);
        const sharing = value.toLowerCase();
        if (sharing !== 'shared' && sharing !== 'private' && sharing !== 'locked') {
          return fail(`unsupported sharing value "${value}"`);
        }
        mount.sharing = sharing;
        break;
      }
      case 'mode': {
        const mode = parseUint(value, 8);
        if (mode === undefined) return fail(`invalid value ${value} for mode`);
        mount.mode = mode;
        break;
      }
      case 'uid':
      case 'gid': {
        const id = parseUint(value, 10);
        if (id === undefined) return fail(`invalid value for ${key}: ${value}`);
        mount[key] = id;
        break;
      }
      case 'env':
        mount.env = value;
        break;
      default:
        return fail(withSuggestion(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
    }
  }
  const fileInfoAllowed = mount.type === 'secret' || mount.type === 'ssh' || mount.type === 'cache';
  if (!fileInfoAllowed) {
    for (const key of ['mode', 'uid', 'gid'] as const) {
      if (mount[key] !== undefined)
        return fail(`${key} not allowed for "${mount.type}" type mounts`);
    }
  }
  // Caches and tmpfs are writable unless told otherwise; everything else is read-only.
  if (!readOnlyGiven) mount.readOnly = !(mount.type === 'cache' || mount.type === 'tmpfs');
  if (mount.type === 'secret' && mount.from !== undefined) {
    return fail('secret mounts do not support a from');
  }
  return { raw, mount };
}
