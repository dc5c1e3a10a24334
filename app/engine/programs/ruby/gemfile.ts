/**
 * Reading a Gemfile: the Ruby DSL lines real Gemfiles use (`source`, `ruby`, `gem` with
 * requirements and `require:`/`group:`/`platforms:` options, `group ... do` and
 * `platforms ... do` blocks). Anything else (`git_source`, conditionals) is skipped: the
 * file is not evaluated as Ruby.
 */

export interface GemfileDependency {
  name: string;
  /** As written: ["~> 8.0.1"], [">= 5.0", "< 7"]; empty for any version. */
  requirements: string[];
  groups: string[];
  /** Platforms it is limited to (`platforms: %i[ windows jruby ]`); empty for all. */
  platforms: string[];
}

export interface Gemfile {
  sources: string[];
  /** `ruby "3.4.1"`: the Ruby the app needs (a version or a requirement). */
  ruby?: string;
  /** `ruby file: ".ruby-version"`: the file that names it, relative to the Gemfile. */
  rubyFile?: string;
  dependencies: GemfileDependency[];
  /** Lines the reader did not understand and skipped (for a note). */
  skipped: string[];
  /** The Gemfile uses `gemspec` or a path/git gem, which the simulation does not install. */
  unsupported: string[];
}

/** `%i[ a b ]`, `[:a, :b]`, `:a` → ["a", "b"]. */
function symbols(text: string): string[] {
  const words = /^%[iw]\[(.*)\]$/.exec(text.trim());
  if (words) return (words[1] ?? '').split(/\s+/).filter(Boolean);
  return [...text.matchAll(/:"?([A-Za-z_][\w]*)"?/g)].map((m) => m[1] as string);
}

function unquote(text: string): string | undefined {
  return /^\s*["']([^"']*)["']\s*$/.exec(text)?.[1];
}

/** Splits "a, b: [1, 2], c" at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') return line.slice(0, i);
  }
  return line;
}

export function parseGemfile(text: string): Gemfile {
  const gemfile: Gemfile = { sources: [], dependencies: [], skipped: [], unsupported: [] };
  const blocks: { groups: string[]; platforms: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = stripComment(raw).trim();
    if (!line) continue;
    if (line === 'end') {
      blocks.pop();
      continue;
    }
    const block = /^(group|groups|platforms|platform|source)\s*\(?(.*?)\)?\s+do(\s*\|.*\|)?$/.exec(
      line,
    );
    if (block) {
      const args = block[2] ?? '';
      if (block[1] === 'source') {
        const url = unquote(splitArgs(args)[0] ?? '');
        if (url && !gemfile.sources.includes(url)) gemfile.sources.push(url);
        blocks.push({ groups: [], platforms: [] });
      } else if (block[1]?.startsWith('group'))
        blocks.push({ groups: symbols(args), platforms: [] });
      else blocks.push({ groups: [], platforms: symbols(args) });
      continue;
    }
    if (/\bdo\s*(\|.*\|)?$/.test(line)) {
      blocks.push({ groups: [], platforms: [] });
      gemfile.skipped.push(line);
      continue;
    }
    const source = /^source\s*\(?\s*["']([^"']+)["']/.exec(line);
    if (source) {
      if (!gemfile.sources.includes(source[1] as string)) gemfile.sources.push(source[1] as string);
      continue;
    }
    const ruby = /^ruby\s*\(?\s*["']([^"']+)["']/.exec(line);
    if (ruby) {
      gemfile.ruby = ruby[1];
      continue;
    }
    const rubyFile = /^ruby\s*\(?\s*file:\s*["']([^"']+)["']/.exec(line);
    if (rubyFile) {
      gemfile.rubyFile = rubyFile[1];
      continue;
    }
    if (/^gemspec\b/.test(line)) {
      gemfile.unsupported.push(line);
      continue;
    }
    const gem = /^gem\s*\(?\s*(.*?)\)?$/.exec(line);
    if (!gem) {
      gemfile.skipped.push(line);
      continue;
    }
    const args = splitArgs(gem[1] ?? '');
    const name = unquote(args[0] ?? '');
    if (!name) {
      gemfile.skipped.push(line);
      continue;
    }
    const requirements: string[] = [];
    const groups = blocks.flatMap((b) => b.groups);
    const platforms = blocks.flatMap((b) => b.platforms);
    for (const arg of args.slice(1)) {
      const version = unquote(arg);
      if (version !== undefined) {
        requirements.push(version);
        continue;
      }
      const option = /^:?"?(\w+)"?\s*(?::|=>)\s*(.*)$/.exec(arg);
      if (!option) continue;
      const [, key, value = ''] = option;
      if (key === 'group' || key === 'groups') groups.push(...symbols(value));
      else if (key === 'platforms' || key === 'platform') platforms.push(...symbols(value));
      else if (key === 'path' || key === 'git' || key === 'github') gemfile.unsupported.push(line);
    }
    gemfile.dependencies.push({
      name,
      requirements,
      groups: groups.length > 0 ? [...new Set(groups)] : ['default'],
      platforms,
    });
  }
  return gemfile;
}

/** A platform list applies to this Ruby (MRI on Linux) when it names ruby or mri. */
export function appliesHere(dep: GemfileDependency): boolean {
  if (dep.platforms.length === 0) return true;
  return dep.platforms.some((p) => /^(ruby|mri)(_\d+)?$/.test(p));
}
