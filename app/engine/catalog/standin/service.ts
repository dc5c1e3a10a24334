/**
 * The shape the service images share (postgres, redis, mysql, mongo, mariadb, memcached,
 * registry, nginx, httpd): an entrypoint script, exposed ports, volumes, a user. Their config
 * is made from one description, and a history row that is a bare instruction word
 * (`'EXPOSE'`, `'CMD'`, `'VOLUME'`...) is that instruction as the config sets it, written as
 * BuildKit records it, so the history and the config cannot disagree.
 */
import type { ImageSpec } from '../images/define';
import type { World } from '../images/world';
import type { ImageConfig } from '../types';
import { assemble, copy, type Row, type StandInDef } from './assemble';
import { baseImage } from './bases';
import type { Grammar } from './grammar';
import { textFile } from './layers';
import type { RepoBuild, RepoDef } from './repo';

export interface Service {
  env: string[];
  entrypoint?: string[];
  cmd: string[];
  workdir?: string;
  user?: string;
  ports: string[];
  /** In the Dockerfile's order (the config lists them sorted, as Docker's JSON does). */
  volumes?: string[];
  labels?: Record<string, string>;
  stopSignal?: string;
}

export type ServiceDef = Omit<StandInDef, 'config'> & { service: Service };

const INSTRUCTIONS = [
  'ENTRYPOINT',
  'CMD',
  'WORKDIR',
  'USER',
  'EXPOSE',
  'VOLUME',
  'LABEL',
  'STOPSIGNAL',
];

/** `["nginx" "-g" "daemon off;"]`, as BuildKit writes an exec-form command in history. */
function execForm(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(' ')}]`;
}

const setOf = (keys: readonly string[]) =>
  Object.fromEntries([...keys].sort().map((k) => [k, {}])) as Record<string, Record<string, never>>;

export function serviceConfig(s: Service): ImageConfig {
  return {
    Env: s.env,
    ...(s.entrypoint ? { Entrypoint: s.entrypoint } : {}),
    Cmd: s.cmd,
    WorkingDir: s.workdir ?? '',
    User: s.user ?? '',
    ExposedPorts: setOf(s.ports),
    ...(s.volumes ? { Volumes: setOf(s.volumes) } : {}),
    ...(s.labels ? { Labels: s.labels } : {}),
    ...(s.stopSignal ? { StopSignal: s.stopSignal } : {}),
  };
}

/** The history text of one instruction the service's config sets. */
function instruction(word: string, s: Service): string {
  switch (word) {
    case 'ENTRYPOINT':
      return `ENTRYPOINT ${execForm(s.entrypoint ?? [])}`;
    case 'CMD':
      return `CMD ${execForm(s.cmd)}`;
    case 'WORKDIR':
      return `WORKDIR ${s.workdir ?? ''}`;
    case 'USER':
      return `USER ${s.user ?? ''}`;
    case 'EXPOSE':
      return `EXPOSE map[${[...s.ports]
        .sort()
        .map((p) => `${p}:{}`)
        .join(' ')}]`;
    case 'VOLUME':
      return `VOLUME [${(s.volumes ?? []).join(' ')}]`;
    case 'LABEL':
      return `LABEL ${Object.entries(s.labels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`;
    default:
      return `STOPSIGNAL ${s.stopSignal ?? ''}`;
  }
}

export function serviceImage(world: World, def: ServiceDef): ImageSpec {
  const { service, ...rest } = def;
  const rows = def.rows.map((row: Row) =>
    typeof row === 'string' && INSTRUCTIONS.includes(row) ? instruction(row, service) : row,
  );
  return assemble(world, { ...rest, config: serviceConfig(service), rows });
}

/** `COPY <source> <dest>` of an executable script (dest a folder when it ends in `/`). */
export function copyScript(source: string, dest: string, text: string): Row {
  const path = dest.endsWith('/') ? `${dest}${source}` : dest;
  return { by: copy(`${source} ${dest}`), files: [textFile(path, text, 0o755)] };
}

/**
 * A service repository as most are published: one plain variant, tags that may leave out the
 * version (`redis:alpine`), each image on the slim base of the release its tag names.
 */
export function serviceRepo(def: {
  repository: string;
  description: string;
  grammar: Pick<Grammar, 'lines' | 'aliases'>;
  build(on: RepoBuild): ImageSpec | undefined;
}): RepoDef {
  return {
    repository: def.repository,
    description: def.description,
    grammar: { ...def.grammar, variants: [''], versionless: true },
    build(world, tag, reference) {
      const base = baseImage(world, tag.release, 'slim');
      if (!base) return undefined;
      const alpine = tag.release.startsWith('alpine');
      return def.build({ world, tag, reference, base, alpine, version: tag.version });
    },
  };
}
