/**
 * Metadata instructions: they change the image config and add a 0 B history row with
 * `empty_layer`, but no filesystem layer. CREATED BY texts are as BuildKit writes them.
 */
import type { ImageConfig } from '../catalog/types';
import type { Command } from '../dockerfile/commands/types';
import { joinPath } from '../fs/path';
import { execListCreatedBy } from './history';
import { setEnv } from './stage-state';

export type MetadataCommand = Extract<
  Command,
  {
    kind:
      | 'ENV'
      | 'ARG'
      | 'LABEL'
      | 'EXPOSE'
      | 'USER'
      | 'VOLUME'
      | 'CMD'
      | 'ENTRYPOINT'
      | 'SHELL'
      | 'HEALTHCHECK'
      | 'STOPSIGNAL'
      | 'ONBUILD'
      | 'MAINTAINER';
  }
>;

export function isMetadata(command: Command): command is MetadataCommand {
  return !['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR'].includes(command.kind);
}

/** A shell-form CMD/ENTRYPOINT runs through the image's SHELL. */
export function execForm(
  cmdLine: readonly string[],
  prependShell: boolean,
  shell: readonly string[] | undefined,
): string[] {
  return prependShell ? [...(shell ?? ['/bin/sh', '-c']), cmdLine.join(' ')] : [...cmdLine];
}

function goDuration(ns: number | undefined): string {
  if (!ns) return '0s';
  const s = ns / 1e9;
  if (s % 3600 === 0) return `${s / 3600}h0m0s`;
  if (s % 60 === 0) return `${s / 60}m0s`;
  return `${s}s`;
}

export interface MetadataResult {
  config: ImageConfig;
  createdBy: string;
  author?: string;
}

/** Applies a metadata command whose words are already expanded. */
export function applyMetadata(
  config: ImageConfig,
  command: MetadataCommand,
  inheritedCmd: boolean,
): MetadataResult {
  switch (command.kind) {
    case 'ENV': {
      const pairs = command.pairs.map((p) => [p.key, p.value] as [string, string]);
      return {
        config: setEnv(config, pairs),
        createdBy: `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`,
      };
    }
    case 'ARG':
      return {
        config,
        createdBy: `ARG ${command.args.map((a) => (a.defaultValue !== undefined ? `${a.name}=${a.defaultValue}` : a.name)).join(' ')}`,
      };
    case 'LABEL': {
      const Labels = { ...(config.Labels ?? {}) };
      for (const { key, value } of command.pairs) Labels[key] = value;
      return {
        config: { ...config, Labels },
        createdBy: `LABEL ${command.pairs.map((p) => `${p.key}=${p.value}`).join(' ')}`,
      };
    }
    case 'EXPOSE': {
      const ExposedPorts = { ...(config.ExposedPorts ?? {}) };
      const added = command.ports.map((p) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`));
      for (const p of added) ExposedPorts[p] = {};
      return {
        config: { ...config, ExposedPorts },
        // Go prints a map with its keys sorted (20.10 oracle: `map[443/tcp:{} 80/tcp:{}]`).
        createdBy: `EXPOSE map[${[...new Set(added)]
          .sort()
          .map((p) => `${p}:{}`)
          .join(' ')}]`,
      };
    }
    case 'USER':
      return { config: { ...config, User: command.user }, createdBy: `USER ${command.user}` };
    case 'VOLUME': {
      const Volumes = { ...(config.Volumes ?? {}) };
      for (const p of command.volumes) Volumes[p] = {};
      return { config: { ...config, Volumes }, createdBy: `VOLUME [${command.volumes.join(' ')}]` };
    }
    case 'CMD': {
      const Cmd = execForm(command.cmdLine, command.prependShell, config.Shell);
      return { config: { ...config, Cmd }, createdBy: execListCreatedBy('CMD', Cmd) };
    }
    case 'ENTRYPOINT': {
      const Entrypoint = execForm(command.cmdLine, command.prependShell, config.Shell);
      // Docker: an ENTRYPOINT resets a CMD inherited from the base image.
      const next: ImageConfig = { ...config, Entrypoint };
      if (inheritedCmd) delete next.Cmd;
      return { config: next, createdBy: execListCreatedBy('ENTRYPOINT', Entrypoint) };
    }
    case 'SHELL':
      return {
        config: { ...config, Shell: command.shell },
        createdBy: `SHELL [${command.shell.join(' ')}]`,
      };
    case 'STOPSIGNAL':
      return {
        config: { ...config, StopSignal: command.signal },
        createdBy: `STOPSIGNAL ${command.signal}`,
      };
    case 'HEALTHCHECK': {
      const Healthcheck = {
        Test: command.test,
        ...(command.interval ? { Interval: command.interval } : {}),
        ...(command.timeout ? { Timeout: command.timeout } : {}),
        ...(command.startPeriod ? { StartPeriod: command.startPeriod } : {}),
        ...(command.startInterval ? { StartInterval: command.startInterval } : {}),
        ...(command.retries ? { Retries: command.retries } : {}),
      };
      const retries = `'\\x${command.retries.toString(16).padStart(2, '0')}'`;
      const durations = [
        command.interval,
        command.timeout,
        command.startPeriod,
        command.startInterval,
      ].map((d) => `"${goDuration(d)}"`);
      const createdBy = `HEALTHCHECK &{[${command.test.map((t) => JSON.stringify(t)).join(' ')}] ${durations.join(' ')} ${retries}}`;
      return { config: { ...config, Healthcheck }, createdBy };
    }
    case 'ONBUILD':
      return {
        config: { ...config, OnBuild: [...(config.OnBuild ?? []), command.expression] },
        createdBy: `ONBUILD ${command.expression}`,
      };
    case 'MAINTAINER':
      return { config, createdBy: `MAINTAINER ${command.maintainer}`, author: command.maintainer };
  }
}

/** WORKDIR resolves against the previous one; BuildKit records the absolute result. */
export function nextWorkdir(current: string, path: string): string {
  // BuildKit joins and cleans a relative path but keeps an absolute one as written:
  // `WORKDIR /root/` is `/root/` in the history row and the config (recorded on 20.10).
  return path.startsWith('/') ? path : joinPath(current || '/', path);
}
