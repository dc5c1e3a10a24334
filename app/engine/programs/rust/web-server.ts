/**
 * What cargo can tell from a package's source and the crates it links about how its binary
 * behaves when run: a web server (axum, actix-web, rocket, warp, hyper, or a TcpListener it
 * accepts on) keeps running, a CLI returns. The binary's bytes are not modelled, so this
 * reading travels in its blob id (`serveTag`) into the image, where the source usually is
 * not (a multi-stage build copies only the binary).
 */
import type { Unit } from './resolve';
import { rustStartupPrints } from './cli-main';

/** A Rust web server as its source shows it. */
export interface RustServer {
  framework: 'axum' | 'actix-web' | 'rocket' | 'warp' | 'hyper' | 'tcp';
  /**
   * SIGTERM ends it gracefully: actix-web and rocket handle it themselves (unless actix's
   * disable_signals()); otherwise only tokio's SignalKind::terminate() or signal-hook's
   * SIGTERM does. tokio::signal::ctrl_c() alone catches SIGINT, not docker stop's SIGTERM.
   */
  handlesSigterm: boolean;
  /**
   * Lines main prints before it serves (println!/eprintln!, their operands literals bound in
   * main: `../rust/cli-main.ts`).
   */
  prints: { stream: 'stdout' | 'stderr'; text: string }[];
  /** The first print left out, its operands unknown (absent when none, as in older ids). */
  unknown?: string;
}

/** How each framework's server is started in the source, checked in this order. */
const STARTS: [RustServer['framework'], RegExp][] = [
  ['actix-web', /HttpServer::new\b[\s\S]*\.run\(\)/],
  ['rocket', /#\[(?:rocket::)?launch\]|\.launch\(\)/],
  ['axum', /axum::serve\(|\bserve\(\s*listener|axum::Server::bind\(/],
  ['warp', /warp::serve\(/],
  ['hyper', /hyper::Server::bind\(|Server::bind\(|serve_connection\(/],
  ['tcp', /TcpListener::bind\([\s\S]*\.(?:accept\(\)|incoming\(\))/],
];

/** The names of the crates a unit links (normal dependencies, transitively). */
export function linkedCrates(units: ReadonlyMap<string, Unit>, key: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (k: string): void => {
    const unit = units.get(k);
    if (!unit || seen.has(k)) return;
    seen.add(k);
    names.add(unit.name);
    for (const d of unit.deps) if (d.kind === 'normal') walk(d.key);
  };
  walk(key);
  return names;
}

/**
 * Whether `re` matches in code that runs: in main, or in a function called somewhere (a
 * shutdown_signal() defined but never passed to with_graceful_shutdown installs nothing).
 */
function usedMatch(source: string, re: RegExp): boolean {
  for (const m of source.matchAll(re)) {
    const fns = [...source.slice(0, m.index).matchAll(/\bfn\s+(\w+)/g)];
    const name = fns[fns.length - 1]?.[1];
    if (!name || name === 'main') return true;
    const calls = source.match(new RegExp(`\\b${name}\\s*\\(`, 'g'))?.length ?? 0;
    if (calls > 1) return true;
  }
  return false;
}

/** The server a package's source starts, or undefined for a program that returns (a CLI). */
export function rustServerOf(source: string, crates: ReadonlySet<string>): RustServer | undefined {
  for (const [framework, start] of STARTS) {
    const crate = framework === 'tcp' ? undefined : framework;
    if (crate && !crates.has(crate)) continue;
    const found = start.exec(source);
    if (!found) continue;
    const own = usedMatch(source, /SignalKind::terminate\(\)|signal_hook[\s\S]*SIGTERM/g);
    const builtIn =
      (framework === 'actix-web' && !/\.disable_signals\(\)/.test(source)) ||
      framework === 'rocket';
    return {
      framework,
      handlesSigterm: own || builtIn,
      ...rustStartupPrints(source, start),
    };
  }
  return undefined;
}

const TAG = 'serve=';

/** The blob-id field that carries the server (no ':' in it, so fields still split). */
export function serveTag(server: RustServer | undefined): string {
  return server ? `:${TAG}${encodeURIComponent(JSON.stringify(server))}` : '';
}

/** The server a binary's blob id carries; undefined for a CLI or a blob from elsewhere. */
export function rustServerInBlob(blob: string | undefined): RustServer | undefined {
  if (!blob?.startsWith('rust-binary:')) return undefined;
  const field = blob.split(':').find((f) => f.startsWith(TAG));
  if (!field) return undefined;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(field.slice(TAG.length)));
    return parsed && typeof parsed === 'object' && 'framework' in parsed
      ? (parsed as RustServer)
      : undefined;
  } catch {
    return undefined;
  }
}
