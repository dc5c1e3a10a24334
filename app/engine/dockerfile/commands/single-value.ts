/**
 * Instructions with one value or a plain list: WORKDIR, USER, STOPSIGNAL, MAINTAINER,
 * EXPOSE and VOLUME. BuildKit checks the argument count before the flags, and never checks
 * STOPSIGNAL's flags at all; we keep both quirks.
 */
import { goTrimSpace } from '../go-text';
import type { Instruction } from '../types';
import {
  errAtLeastOneArgument,
  errExactlyOneArgument,
  instructionError,
  type CommandResult,
} from './errors';
import { BuilderFlags } from './flags';
import type {
  ExposeCommand,
  MaintainerCommand,
  StopsignalCommand,
  UserCommand,
  VolumeCommand,
  WorkdirCommand,
} from './types';

type Fail = (reason: string) => { ok: false; error: ReturnType<typeof instructionError> };

function failer(instruction: Instruction): Fail {
  return (reason) => ({ ok: false, error: instructionError(instruction, reason) });
}

/** Checks one argument and no unknown flags; returns the argument or an error text. */
function exactlyOne(instruction: Instruction, name: string, checkFlags = true): string | Error {
  if (instruction.args.length !== 1) return new Error(errExactlyOneArgument(name));
  const flagError = checkFlags ? new BuilderFlags(instruction.flags).parse() : undefined;
  if (flagError !== undefined) return new Error(flagError);
  return instruction.args[0] as string;
}

export function parseWorkdir(instruction: Instruction): CommandResult<WorkdirCommand> {
  const path = exactlyOne(instruction, 'WORKDIR');
  if (path instanceof Error) return failer(instruction)(path.message);
  return { ok: true, value: { kind: 'WORKDIR', instruction, path } };
}

export function parseUser(instruction: Instruction): CommandResult<UserCommand> {
  const user = exactlyOne(instruction, 'USER');
  if (user instanceof Error) return failer(instruction)(user.message);
  return { ok: true, value: { kind: 'USER', instruction, user } };
}

export function parseStopsignal(instruction: Instruction): CommandResult<StopsignalCommand> {
  const signal = exactlyOne(instruction, 'STOPSIGNAL', false);
  if (signal instanceof Error) return failer(instruction)(signal.message);
  return { ok: true, value: { kind: 'STOPSIGNAL', instruction, signal } };
}

export function parseMaintainer(instruction: Instruction): CommandResult<MaintainerCommand> {
  const maintainer = exactlyOne(instruction, 'MAINTAINER');
  if (maintainer instanceof Error) return failer(instruction)(maintainer.message);
  return { ok: true, value: { kind: 'MAINTAINER', instruction, maintainer } };
}

export function parseExpose(instruction: Instruction): CommandResult<ExposeCommand> {
  const fail = failer(instruction);
  if (instruction.args.length === 0) return fail(errAtLeastOneArgument('EXPOSE'));
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) return fail(flagError);
  // Go's sort.Strings compares bytes; for these ASCII-ish specs code units agree.
  const ports = [...instruction.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ok: true, value: { kind: 'EXPOSE', instruction, ports } };
}

export function parseVolume(instruction: Instruction): CommandResult<VolumeCommand> {
  const fail = failer(instruction);
  if (instruction.args.length === 0) return fail(errAtLeastOneArgument('VOLUME'));
  const flagError = new BuilderFlags(instruction.flags).parse();
  if (flagError !== undefined) return fail(flagError);
  const volumes: string[] = [];
  for (const volume of instruction.args) {
    const trimmed = goTrimSpace(volume);
    if (trimmed === '') return fail('VOLUME specified can not be an empty string');
    volumes.push(trimmed);
  }
  return { ok: true, value: { kind: 'VOLUME', instruction, volumes, json: instruction.json } };
}

/** Splits a port spec like `80/udp` into number part and protocol (tcp by default). */
export function splitPortSpec(spec: string): { port: string; protocol: string } {
  const slash = spec.lastIndexOf('/');
  if (slash < 0) return { port: spec, protocol: 'tcp' };
  return { port: spec.slice(0, slash), protocol: spec.slice(slash + 1).toLowerCase() || 'tcp' };
}
