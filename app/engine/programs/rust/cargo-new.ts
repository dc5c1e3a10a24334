/**
 * cargo new / cargo init: a package skeleton (Cargo.toml, src/main.rs or src/lib.rs), a git
 * repository and .gitignore unless `--vcs none` or already inside a repository. Dockerfiles
 * use `cargo new --bin app` to get a placeholder for the dependency-caching build.
 */
import type { ProgramIO } from '../../shell/program';
import { absolute, exists, writeText } from '../common/fs-helpers';
import { parseArgs } from '../common/args';
import type { Toolchain } from './toolchain';

export function newCommand(
  io: ProgramIO,
  tc: Toolchain,
  command: 'new' | 'init',
  rest: string[],
): number {
  const parsed = parseArgs(rest, {
    takesValue: ['name', 'vcs', 'edition', 'registry'],
    short: { q: 'quiet' },
  });
  const lib = parsed.options.some((o) => o.name === 'lib');
  const vcs = parsed.options.find((o) => o.name === 'vcs')?.value ?? 'git';
  const edition =
    parsed.options.find((o) => o.name === 'edition')?.value ?? (tc.minor >= 85 ? '2024' : '2021');
  const target = parsed.operands[0] ?? (command === 'init' ? '.' : undefined);
  if (target === undefined) {
    io.stderr(
      "error: the following required arguments were not provided:\n  <PATH>\n\nUsage: cargo new <PATH>\n\nFor more information, try '--help'.\n",
    );
    return 1;
  }
  const dir = absolute(io.cwd, target);
  const name =
    parsed.options.find((o) => o.name === 'name')?.value ?? dir.slice(dir.lastIndexOf('/') + 1);
  if (command === 'new' && exists(io.fs, dir)) {
    io.stderr(
      `error: destination \`${dir}\` already exists\n\nUse \`cargo init\` to initialize the directory\n`,
    );
    return 101;
  }
  if (exists(io.fs, `${dir}/Cargo.toml`)) {
    io.stderr('error: `cargo init` cannot be run on existing Cargo packages\n');
    return 101;
  }
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    io.stderr(
      `error: invalid character \`${name[0] ?? ''}\` in package name: \`${name}\`, the name cannot start with a digit or contain anything but letters, numbers, \`-\` or \`_\`\n`,
    );
    return 101;
  }
  const kind = lib ? 'library (lib)' : 'binary (application)';
  const shown = command === 'new' ? `\`${target}\` package` : 'package';
  if (tc.minor >= 79) io.stderr(`    Creating ${kind} ${shown}\n`);
  const manifest = `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "${edition}"\n\n${tc.minor < 79 ? '# See more keys and their definitions at https://doc.rust-lang.org/cargo/reference/manifest.html\n\n' : ''}[dependencies]\n`;
  if (!writeText(io.fs, `${dir}/Cargo.toml`, manifest)) {
    io.stderr(
      `error: failed to create directory \`${dir}\`\n\nCaused by:\n  Permission denied (os error 13)\n`,
    );
    return 101;
  }
  if (lib)
    writeText(
      io.fs,
      `${dir}/src/lib.rs`,
      'pub fn add(left: u64, right: u64) -> u64 {\n    left + right\n}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn it_works() {\n        let result = add(2, 2);\n        assert_eq!(result, 4);\n    }\n}\n',
    );
  else if (!exists(io.fs, `${dir}/src/main.rs`))
    writeText(io.fs, `${dir}/src/main.rs`, 'fn main() {\n    println!("Hello, world!");\n}\n');
  if (vcs === 'git' && !insideGit(io, dir)) {
    writeText(io.fs, `${dir}/.gitignore`, '/target\n');
    writeText(io.fs, `${dir}/.git/HEAD`, 'ref: refs/heads/master\n');
    writeText(
      io.fs,
      `${dir}/.git/config`,
      '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n',
    );
    writeText(
      io.fs,
      `${dir}/.git/description`,
      "Unnamed repository; edit this file 'description' to name the repository.\n",
    );
    io.fs.mkdir(`${dir}/.git/objects`, { parents: true });
    io.fs.mkdir(`${dir}/.git/refs/heads`, { parents: true });
  }
  if (tc.minor >= 79)
    io.stderr(
      'note: see more `Cargo.toml` keys and their definitions at https://doc.rust-lang.org/cargo/reference/manifest.html\n',
    );
  else io.stderr(`     Created ${kind} ${shown}\n`);
  return 0;
}

function insideGit(io: ProgramIO, dir: string): boolean {
  for (let d = dir; ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    if (exists(io.fs, `${d === '/' ? '' : d}/.git`)) return true;
    if (d === '/') return false;
  }
}
