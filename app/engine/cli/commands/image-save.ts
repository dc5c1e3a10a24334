/**
 * `docker save` / `docker image save`: the CLI's own checks, which come before the daemon
 * is asked (a --platform it cannot read; an archive meant for a terminal), and the
 * daemon's missing-image error. Writing the archive itself (an OCI layout of the image's layers) is not part of the simulation yet,
 * and says so in the same words as every other command it leaves out.
 */
import type { DockerContext } from '../command';
import type { ParsedArgs } from '../parsed';
import { commandPair } from './command-pair';
import { findLocalImage } from '../../host/images';
import { daemonError } from './image-common';

const OS = ['linux', 'windows', 'darwin', 'freebsd'];
const ARCH = ['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64', 'mips64le'];

/**
 * The client's --platform check, as observed with 28.2.2: one part must name a known
 * operating system or architecture; two or three parts pass; four are unreadable.
 */
function platformError(value: string): string | undefined {
  const parts = value.toLowerCase().split('/');
  const quoted = JSON.stringify(value);
  if (parts.length > 3)
    return `invalid platform: ${quoted}: cannot parse platform specifier: invalid argument`;
  const [only = ''] = parts;
  if (parts.length === 1 && !OS.includes(only) && !ARCH.includes(only))
    return `invalid platform: ${quoted}: unknown operating system or architecture: invalid argument`;
  return undefined;
}

function run(ctx: DockerContext, parsed: ParsedArgs, name: string): number {
  const platform = parsed.flags.string('platform') ?? '';
  const invalid = platform === '' ? undefined : platformError(platform);
  if (invalid) {
    ctx.err(`${invalid}\n`);
    return 1;
  }
  if ((parsed.flags.string('output') ?? '') === '' && ctx.io.tty) {
    ctx.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  // The daemon looks the images up before it writes anything.
  for (const ref of parsed.args) {
    // Recorded: save names the image as typed (`No such image: nosuch`, no `:latest`).
    if (!findLocalImage(ctx.rt.host, ref)) return daemonError(ctx, `No such image: ${ref}`);
  }
  ctx.err(
    `layercake: 'docker ${name}' is a real Docker command, but it is not part of this simulation.\n`,
  );
  return 1;
}

export const [imageSaveCommand, saveCommand] = commandPair({
  group: 'image',
  top: 'save',
  sub: 'save',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  flags: [
    { long: 'output', short: 'o', type: 'string', help: 'Write to a file, instead of STDOUT' },
    {
      long: 'platform',
      type: 'string',
      help: 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
    },
  ],
  minArgs: 1,
  run,
});
