/**
 * `ruby`: `-v`/`--version` with the image's Ruby, `-e` for one-line prints, and scripts.
 * Scripts are not interpreted: a gem executable's wrapper (RubyGems' binstubs, the ruby
 * image's /usr/local/bin/rake) or a Rails app's bin/rails and bin/thrust run the model of
 * that tool (`gem-tools.ts`); any other script is application code, which is not executed.
 */
import type { Program, ProgramIO } from '../../shell/program';
import { readText } from '../common/fs-helpers';
import { resolvePath } from '../../fs/path';
import { runGemTool } from './gem-tools';
import { rubyDescription, rubyEnv, type RubyEnv } from './ruby-env';

/** The tool a script runs, if it is one of the wrappers this model knows. */
export function scriptTool(text: string): { gem: string; executable: string } | undefined {
  const activate =
    /Gem\.(?:activate_bin_path|bin_path)\(\s*['"]([^'"]+)['"],\s*['"]([^'"]+)['"]/.exec(text);
  if (activate) return { gem: activate[1] as string, executable: activate[2] as string };
  if (/require ["']rails\/commands["']/.test(text)) return { gem: 'railties', executable: 'rails' };
  if (/require ["']rake["']/.test(text) && /Rake\.application\.run/.test(text))
    return { gem: 'rake', executable: 'rake' };
  return undefined;
}

/** `puts "x"`, `p 1`, `print RUBY_VERSION`: the one-liners Dockerfiles run to check Ruby. */
function evalOneLiner(code: string, ruby: RubyEnv, io: ProgramIO): boolean {
  let out = '';
  for (const statement of code
    .split(/;|\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(puts|print|p)\s*\(?\s*(.*?)\s*\)?$/.exec(statement);
    if (!m) return false;
    const arg = m[2] ?? '';
    const value = /^(['"])(.*)\1$/.exec(arg)?.[2] ?? CONSTANTS(ruby)[arg];
    if (value === undefined && !/^-?\d+$/.test(arg)) return false;
    const text = value ?? arg;
    out +=
      m[1] === 'print' ? text : m[1] === 'p' && value !== undefined ? `"${text}"\n` : `${text}\n`;
  }
  io.stdout(out);
  return true;
}

function CONSTANTS(ruby: RubyEnv): Record<string, string> {
  return {
    RUBY_VERSION: ruby.version,
    RUBY_PLATFORM: ruby.platform,
    RUBY_RELEASE_DATE: ruby.date,
    RUBY_DESCRIPTION: rubyDescription(ruby),
    'Gem::VERSION': ruby.rubygemsVersion,
    'Bundler::VERSION': ruby.bundlerVersion,
  };
}

export const rubyProgram: Program = (argv, io) => {
  const ruby = rubyEnv(io.fs, io.env);
  if (!ruby) {
    io.note('ruby: no Ruby install found in this image (no libruby, no lib/ruby); nothing ran.');
    return 127;
  }
  const args = argv.slice(1);
  let i = 0;
  while (i < args.length) {
    const arg = args[i] as string;
    if (arg === '-v' || arg === '--version') {
      io.stdout(`${rubyDescription(ruby)}\n`);
      if (arg === '--version' || args.length === 1) return 0;
      i++;
      continue;
    }
    if (arg === '-e') {
      const code = args[i + 1] ?? '';
      if (!evalOneLiner(code, ruby, io))
        io.note(`ruby -e ran Ruby code that Layercake does not interpret: ${code}`);
      return 0;
    }
    if (arg === '-S') return runGemTool(io, ruby, args[i + 1] ?? '', args.slice(i + 2));
    if (arg.startsWith('-')) {
      i++;
      continue;
    }
    break;
  }
  const script = args[i];
  if (script === undefined) {
    io.note('ruby read a program from standard input; Layercake does not interpret Ruby.');
    return 0;
  }
  const path = resolvePath(io.cwd, script);
  const text = readText(io.fs, path);
  if (text === undefined) {
    io.stderr(`ruby: No such file or directory -- ${script} (LoadError)\n`);
    return 1;
  }
  const tool = scriptTool(text);
  // A RubyGems wrapper (`Gem.activate_bin_path`) runs the gem's own executable, which finds
  // the app from the working directory (railties' AppLoader); only an app's bin/rails is the app's.
  const wrapper = /Gem\.(?:activate_bin_path|bin_path)\(/.test(text);
  if (tool)
    return runGemTool(io, ruby, tool.executable, args.slice(i + 1), wrapper ? undefined : path);
  io.note(`${script} is application code: Layercake does not run Ruby programs.`);
  return 0;
};

export { rubyDescription };
