/**
 * Debian's a2enmod family (a2enmod/a2dismod, a2ensite/a2dissite, a2enconf/a2disconf): each
 * links (or unlinks) `<what>-available/<name>.{load,conf}` from `<what>-enabled/`, with the
 * script's messages, the dependencies a module declares and the service hint at the end.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { exists } from '../common/fs-helpers';

type Kind = 'module' | 'site' | 'conf';

const DIRS: Record<Kind, string> = { module: 'mods', site: 'sites', conf: 'conf' };

/** Modules whose .load declares `# Depends:` (a2enmod enables those first). */
const DEPENDS: Record<string, string[]> = {
  ssl: ['setenvif', 'mime', 'socache_shmcb'],
  proxy_http: ['proxy'],
  proxy_fcgi: ['proxy'],
  proxy_wstunnel: ['proxy'],
  proxy_balancer: ['proxy', 'alias', 'slotmem_shm'],
  cache_disk: ['cache'],
  http2: [],
  headers: [],
};

function confDir(io: ProgramIO): string {
  return io.env.APACHE_CONFDIR ?? '/etc/apache2';
}

function enabled(io: ProgramIO, kind: Kind, name: string): boolean {
  const dir = `${confDir(io)}/${DIRS[kind]}-enabled`;
  const file = kind === 'module' ? `${name}.load` : `${name}.conf`;
  return io.fs.lstat(`${dir}/${file}`).ok;
}

function files(io: ProgramIO, kind: Kind, name: string): string[] {
  const available = `${confDir(io)}/${DIRS[kind]}-available`;
  const candidates = kind === 'module' ? [`${name}.load`, `${name}.conf`] : [`${name}.conf`];
  return candidates.filter((f) => exists(io.fs, `${available}/${f}`));
}

function enableOne(io: ProgramIO, kind: Kind, name: string, seen: Set<string>): boolean {
  const found = files(io, kind, name);
  if (found.length === 0) {
    io.stderr(
      `ERROR: ${kind === 'module' ? 'Module' : kind === 'site' ? 'Site' : 'Conf'} ${name} does not exist!\n`,
    );
    return false;
  }
  if (kind === 'module') {
    for (const dep of DEPENDS[name] ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      io.stdout(`Considering dependency ${dep} for ${name}:\n`);
      if (!enableOne(io, kind, dep, seen)) return false;
    }
  }
  if (enabled(io, kind, name)) {
    io.stdout(
      `${kind === 'module' ? 'Module' : kind === 'site' ? 'Site' : 'Conf'} ${name} already enabled\n`,
    );
    return true;
  }
  const dir = `${confDir(io)}/${DIRS[kind]}-enabled`;
  for (const f of found) io.fs.symlink(`../${DIRS[kind]}-available/${f}`, `${dir}/${f}`);
  io.stdout(`Enabling ${kind} ${name}.\n`);
  if (name === 'ssl')
    io.stdout(
      'See /usr/share/doc/apache2/README.Debian.gz on how to configure SSL and create self-signed certificates.\n',
    );
  return true;
}

function disableOne(io: ProgramIO, kind: Kind, name: string): boolean {
  const label = kind === 'module' ? 'Module' : kind === 'site' ? 'Site' : 'Conf';
  if (files(io, kind, name).length === 0 && !enabled(io, kind, name)) {
    io.stderr(`ERROR: ${label} ${name} does not exist!\n`);
    return false;
  }
  if (!enabled(io, kind, name)) {
    io.stdout(`${label} ${name} already disabled\n`);
    return true;
  }
  const dir = `${confDir(io)}/${DIRS[kind]}-enabled`;
  for (const f of [`${name}.load`, `${name}.conf`])
    if (io.fs.lstat(`${dir}/${f}`).ok) io.fs.remove(`${dir}/${f}`);
  io.stdout(`${label} ${name} disabled.\n`);
  return true;
}

export function a2Program(kind: Kind, enable: boolean): Program {
  return (argv, io) => {
    const names = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (names.length === 0) {
      io.stdout(
        `Your choices are: ${''}\nWhich ${kind}(s) do you want to ${enable ? 'enable' : 'disable'} (wildcards ok)?\n`,
      );
      return 1;
    }
    let changed = false;
    let ok = true;
    const seen = new Set<string>();
    for (const name of names) {
      const was = enabled(io, kind, name);
      const done = enable ? enableOne(io, kind, name, seen) : disableOne(io, kind, name);
      ok &&= done;
      changed ||= done && was !== enabled(io, kind, name);
    }
    if (changed) {
      const verb = kind === 'module' ? 'restart' : 'reload';
      io.stdout(`To activate the new configuration, you need to run:\n  service apache2 ${verb}\n`);
    }
    return ok ? 0 : 1;
  };
}
