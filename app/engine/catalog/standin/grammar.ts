/**
 * The tag grammar of the official repositories: `<version>[-<variant>][-<release>]`
 * (`3.11-slim-bookworm`, `8.3-fpm-alpine3.20`, `21-jre-jammy`), or with the release first for
 * node and .NET (`20-bookworm-slim`, `8.0-bookworm-slim`). A version may be a line (`3.11`),
 * a point release up to the newest (`3.11.9`), a major standing for its newest line (`3`) or
 * an alias (`lts`, `latest`). A tag that does not parse is a manifest the registry does not have.
 */
import { isAlpine } from './releases';

export interface Line {
  /** The line as tags name it: "3.11", "20", "16", "8.3". */
  key: string;
  /** Its newest release: "3.11.14". */
  full: string;
  /** Debian/Ubuntu releases it is published on, the default first. */
  releases: string[];
  /** Alpine branches it is published on, the one `-alpine` means first. */
  alpine: string[];
  /**
   * Its tags never spelled a release (nginx before 1.24: `1.21`, `1.21-alpine`, never
   * `1.21-bullseye`): only the default release and `-alpine` name it.
   */
  unnamed?: boolean;
  /**
   * The first point release published on a release that came later than the line
   * (`trixie@3.12.11`): older point tags were never rebuilt, so `python:3.12.4-slim` is still
   * the bookworm image it was when 3.12.4 was current.
   */
  since?: Record<string, string>;
}

export interface Grammar {
  /** Newest first: a bare major (`python:3`) means the first line it prefixes. */
  lines: Line[];
  /** Words that stand for a line's key: latest, lts, stable, jod... */
  aliases?: Record<string, string>;
  /** Variant words as they appear between version and release ('' is the plain image). */
  variants: string[];
  /** Variants that have no Alpine build (slim, apache). */
  noAlpine?: string[];
  /** Variants published only on Alpine. */
  alpineOnly?: string[];
  /** The release comes before the variant (node: `20-bookworm-slim`). */
  releaseFirst?: boolean;
  /** A tag may leave out the version (`slim`, `alpine`, `bookworm`): the newest line. */
  versionless?: boolean;
}

export interface ParsedTag {
  line: Line;
  /** The release the image holds: "3.11.14", or the point release asked for ("3.11.9"). */
  version: string;
  variant: string;
  /** A release id of releases.ts ("bookworm", "alpine3.19"). */
  release: string;
}

const VERSION = /^\d+(\.\d+)*([._+][0-9a-z]+)*$/;

function parts(version: string): number[] {
  return version.split(/[._+]/).map((p) => (/^\d+$/.test(p) ? Number(p) : -1));
}

/** Whether `asked` is a release of `line` no newer than its newest. */
function versionOf(line: Line, asked: string): string | undefined {
  const want = parts(asked);
  const have = parts(line.full);
  if (want.some((p) => p < 0) || want.length > have.length) return undefined;
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as number;
    const h = have[i] as number;
    if (w < h) return asked + '.0'.repeat(have.length - want.length);
    if (w > h) return undefined;
  }
  return want.length === have.length ? asked : line.full;
}

interface Found {
  line: Line;
  version: string;
  /**
   * The lines the tag may stand for, newest first, when it named no line of its own (a bare
   * major `3`, or no version at all): `python:3-buster` and `rust:buster` are the newest line
   * that was published on buster, frozen there when the repository dropped it.
   */
  moving?: Line[];
}

function findLine(grammar: Grammar, asked: string): Found | undefined {
  const own = grammar.lines.find((l) => asked === l.key || asked.startsWith(`${l.key}.`));
  if (own) {
    const version = versionOf(own, asked);
    return version ? { line: own, version } : undefined;
  }
  const moving = grammar.lines.filter((l) => l.key.startsWith(`${asked}.`));
  const newest = moving[0];
  return newest ? { line: newest, version: newest.full, moving } : undefined;
}

/** The newest of the lines a moving tag may stand for that was published on `word`. */
function newestOn(found: Found, word: string | undefined): Found {
  if (word === undefined || !found.moving) return found;
  const line = found.moving.find((l) => releaseOf(l, word, l.full) !== undefined);
  return line ? { line, version: line.full } : found;
}

/** Whether a point release (`version`) was published on `release`. */
function publishedOn(line: Line, release: string, version: string): boolean {
  const first = line.since?.[release];
  if (first === undefined) return true;
  const a = parts(version);
  const b = parts(first);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

function releaseOf(line: Line, word: string, version: string): string | undefined {
  if (word === 'alpine') return line.alpine[0];
  if (line.unnamed) return undefined;
  if (isAlpine(word)) return line.alpine.includes(word) ? word : undefined;
  return line.releases.includes(word) && publishedOn(line, word, version) ? word : undefined;
}

function isReleaseWord(word: string): boolean {
  return (
    isAlpine(word) ||
    /^(trixie|bookworm|bullseye|buster|stretch|noble|jammy|focal|bionic|xenial)$/.test(word)
  );
}

export function parseTag(grammar: Grammar, tag: string): ParsedTag | undefined {
  const words = (tag || 'latest').split('-');
  const first = words[0] ?? '';
  let found: Found | undefined;
  let rest: string[];
  const alias = grammar.aliases?.[first];
  if (alias !== undefined) {
    found = findLine(grammar, alias);
    rest = words.slice(1);
  } else if (VERSION.test(first)) {
    found = findLine(grammar, first);
    rest = words.slice(1);
  } else if (grammar.versionless && grammar.lines[0]) {
    found = { line: grammar.lines[0], version: grammar.lines[0].full, moving: grammar.lines };
    rest = words;
  } else {
    return undefined;
  }
  if (!found) return undefined;
  const releaseAt = grammar.releaseFirst ? 0 : rest.length - 1;
  const releaseWord =
    rest.length > 0 && isReleaseWord(rest[releaseAt] ?? '') ? rest[releaseAt] : undefined;
  const variantWords =
    releaseWord === undefined ? rest : grammar.releaseFirst ? rest.slice(1) : rest.slice(0, -1);
  const variant = variantWords.join('-');
  if (!grammar.variants.includes(variant)) return undefined;
  found = newestOn(found, releaseWord);
  const line = found.line;
  const onlyAlpine = grammar.alpineOnly?.includes(variant) ?? false;
  const release =
    releaseWord !== undefined
      ? releaseOf(line, releaseWord, found.version)
      : onlyAlpine
        ? line.alpine[0]
        : (line.releases.find((r) => publishedOn(line, r, found.version)) ?? line.alpine[0]);
  if (!release) return undefined;
  if (isAlpine(release) && grammar.noAlpine?.includes(variant)) return undefined;
  if (!isAlpine(release) && onlyAlpine) return undefined;
  return { line, version: found.version, variant, release };
}

/** The same image whatever tag named it: a key for memoising and for matching catalog tags. */
export function tagKey(parsed: ParsedTag): string {
  return `${parsed.version}|${parsed.variant}|${parsed.release}`;
}

/**
 * A compact way to write lines: "3.11 3.11.14 trixie,bookworm alpine3.22,alpine3.21", with a
 * fifth word `unnamed` for a line whose tags never spelled a release; a release may say from
 * which point release on it was published (`trixie@3.11.13`).
 */
export function lines(spec: string): Line[] {
  return spec
    .trim()
    .split('\n')
    .map((row) => {
      const [key = '', full = '', releases = '', alpine = '', flag] = row.trim().split(/\s+/);
      const list = (s: string) => (s && s !== '-' ? s.split(',') : []);
      const named = list(releases).map((r) => r.split('@') as [string, string?]);
      const since = Object.fromEntries(named.filter(([, first]) => first !== undefined));
      const line: Line = {
        key,
        full,
        releases: named.map(([r]) => r),
        alpine: list(alpine),
        ...(Object.keys(since).length > 0 ? { since } : {}),
      };
      return flag === 'unnamed' ? { ...line, unnamed: true } : line;
    });
}
