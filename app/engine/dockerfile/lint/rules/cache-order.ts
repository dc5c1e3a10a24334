/**
 * LC1001: `COPY . .` before installing dependencies. Any change to any file of the build
 * context invalidates the COPY layer and every step after it, so the dependency install
 * runs again on every code change. Copying the manifest first keeps that step cached.
 */
import { diagnose, type Rule } from '../context';
import { commandName, runCommands, type SimpleCommand } from '../shell-commands';

const INSTALLERS: { name: RegExp; subcommands: string[]; manifest: string }[] = [
  { name: /^pip[0-9.]*$/, subcommands: ['install'], manifest: 'requirements.txt' },
  {
    name: /^(npm|pnpm)$/,
    subcommands: ['install', 'ci', 'i'],
    manifest: 'package.json and the lock file',
  },
  { name: /^yarn$/, subcommands: ['install', ''], manifest: 'package.json and yarn.lock' },
  { name: /^(apt-get|apt)$/, subcommands: ['install'], manifest: 'the files it needs' },
  { name: /^apk$/, subcommands: ['add'], manifest: 'the files it needs' },
  { name: /^go$/, subcommands: ['mod'], manifest: 'go.mod and go.sum' },
  { name: /^bundle$/, subcommands: ['install', ''], manifest: 'Gemfile and Gemfile.lock' },
  { name: /^composer$/, subcommands: ['install'], manifest: 'composer.json and composer.lock' },
  { name: /^poetry$/, subcommands: ['install'], manifest: 'pyproject.toml and poetry.lock' },
];

function installer(c: SimpleCommand): string | undefined {
  const name = commandName(c);
  const sub = c.words.slice(1).find((w) => !w.startsWith('-')) ?? '';
  for (const entry of INSTALLERS) {
    if (!entry.name.test(name) || !entry.subcommands.includes(sub)) continue;
    if (name === 'go' && !c.words.includes('download')) continue;
    return entry.manifest;
  }
  return undefined;
}

export const copyContextBeforeInstall: Rule = (ctx) =>
  ctx.stages.flatMap((stage) => {
    const copyIndex = stage.commands.findIndex(
      (c) =>
        (c.kind === 'COPY' || c.kind === 'ADD') &&
        (c.kind === 'ADD' || c.from === undefined) &&
        c.sources.some((s) => s === '.' || s === './'),
    );
    const copy = stage.commands[copyIndex];
    if (!copy) return [];
    for (const later of stage.commands.slice(copyIndex + 1)) {
      if (later.kind !== 'RUN') continue;
      const manifest = runCommands(later)
        .map(installer)
        .find((m) => m !== undefined);
      if (manifest === undefined) continue;
      return [
        diagnose(
          copy.instruction,
          'warning',
          'LC1001',
          `This copies the whole build context before the dependency install on line ${later.instruction.startLine}, ` +
            `so any code change invalidates the cache and reinstalls everything. ` +
            `Copy only ${manifest} first, install, then copy the rest.`,
        ),
      ];
    }
    return [];
  });
