/**
 * `docker version`: client and server parts, laid out by docker's tabwriter, or a Go
 * template over the same data (`{{.Server.Version}}`).
 */
import type { DockerCommand } from '../command';
import { goStruct } from '../format/go-value';
import { DOCKER_VERSION, tabwrite } from '../format/tabwriter';
import { renderTemplate } from '../format/template';
import { goJson } from '../format/json';
import { FORMAT_JSON_HELP } from './image-common';
import { ENGINE, MACHINE } from './engine-facts';

function component(name: string, version: string, details: Record<string, string>) {
  return goStruct('system.ComponentVersion', { Name: name, Version: version, Details: details });
}

/** The data docker's version template sees. */
export function versionData() {
  const client = goStruct('system.clientVersion', {
    Platform: goStruct('struct', { Name: ENGINE.platform }),
    Version: ENGINE.version,
    ApiVersion: ENGINE.apiVersion,
    DefaultAPIVersion: ENGINE.apiVersion,
    GitCommit: ENGINE.clientCommit,
    GoVersion: ENGINE.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    BuildTime: ENGINE.built,
    Context: 'default',
  });
  const server = goStruct('types.Version', {
    Platform: goStruct('struct', { Name: ENGINE.platform }),
    Components: [
      component('Engine', ENGINE.version, {
        ApiVersion: ENGINE.apiVersion,
        Arch: 'amd64',
        BuildTime: ENGINE.buildTime,
        Experimental: 'false',
        GitCommit: ENGINE.serverCommit,
        GoVersion: ENGINE.goVersion,
        KernelVersion: MACHINE.kernel,
        MinAPIVersion: ENGINE.minApiVersion,
        Os: 'linux',
      }),
      component('containerd', ENGINE.containerd.version, { GitCommit: ENGINE.containerd.commit }),
      component('runc', ENGINE.runc.version, { GitCommit: ENGINE.runc.commit }),
      component('docker-init', ENGINE.init.version, { GitCommit: ENGINE.init.commit }),
    ],
    Version: ENGINE.version,
    ApiVersion: ENGINE.apiVersion,
    MinAPIVersion: ENGINE.minApiVersion,
    GitCommit: ENGINE.serverCommit,
    GoVersion: ENGINE.goVersion,
    Os: 'linux',
    Arch: 'amd64',
    KernelVersion: MACHINE.kernel,
    BuildTime: ENGINE.buildTime,
  });
  return goStruct('system.versionInfo', { Client: client, Server: server });
}

/** The default output, tab-separated before docker's tabwriter aligns it. */
function defaultText(): string {
  const lines = [
    `Client: ${ENGINE.platform}`,
    ` Version:\t${ENGINE.version}`,
    ` API version:\t${ENGINE.apiVersion}`,
    ` Go version:\t${ENGINE.goVersion}`,
    ` Git commit:\t${ENGINE.clientCommit}`,
    ` Built:\t${ENGINE.built}`,
    ' OS/Arch:\tlinux/amd64',
    ' Context:\tdefault',
    '',
    `Server: ${ENGINE.platform}`,
    ' Engine:',
    `  Version:\t${ENGINE.version}`,
    `  API version:\t${ENGINE.apiVersion} (minimum version ${ENGINE.minApiVersion})`,
    `  Go version:\t${ENGINE.goVersion}`,
    `  Git commit:\t${ENGINE.serverCommit}`,
    `  Built:\t${ENGINE.built}`,
    '  OS/Arch:\tlinux/amd64',
    '  Experimental:\tfalse',
    ' containerd:',
    `  Version:\t${ENGINE.containerd.version}`,
    `  GitCommit:\t${ENGINE.containerd.commit}`,
    ' runc:',
    `  Version:\t${ENGINE.runc.version}`,
    `  GitCommit:\t${ENGINE.runc.commit}`,
    ' docker-init:',
    `  Version:\t${ENGINE.init.version}`,
    `  GitCommit:\t${ENGINE.init.commit}`,
  ];
  return `${lines.join('\n')}\n`;
}

export const versionCommand: DockerCommand = {
  path: ['version'],
  spec: {
    name: 'version',
    usage: 'docker version [OPTIONS]',
    short: 'Show the Docker version information',
    maxArgs: 0,
    interspersed: true,
    flags: [{ long: 'format', short: 'f', type: 'string', help: FORMAT_JSON_HELP }],
  },
  run(ctx, parsed) {
    const format = parsed.flags.string('format');
    if (!format) {
      ctx.out(tabwrite(defaultText(), DOCKER_VERSION));
      return 0;
    }
    if (format === 'json') {
      const json = goJson(versionData(), { escapeHtml: false });
      ctx.out(`${json.ok ? json.text : ''}\n`);
      return 0;
    }
    const result = renderTemplate(format, versionData(), { name: 'version' });
    if (result.ok) {
      ctx.out(tabwrite(`${result.text}\n`, DOCKER_VERSION));
      return 0;
    }
    if (result.error.includes('executing')) {
      ctx.out(tabwrite(`${result.partial}\n`, DOCKER_VERSION));
      ctx.err(`${result.error}\n`);
      return 1;
    }
    ctx.err(`template parsing error: ${result.error}\n`);
    return 64;
  },
};
