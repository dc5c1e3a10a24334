/**
 * Modification times. A node carries `mtime` once a program in the simulation wrote it, tar
 * restored it or touch set it; files that came with a base image or a package, and archive
 * members without a recorded time, report UNKNOWN_MTIME: a fixed day before any session's
 * clock (clamped to the clock, so a file is never from the future).
 */
import type { FsResult } from '../../fs/errors';
import type { FileSystem } from '../../fs/filesystem';
import type { LiveNode } from '../../fs/node';

/** 2025-01-01 00:00:00 UTC: when the simulated base images and release archives were made. */
export const UNKNOWN_MTIME = Date.UTC(2025, 0, 1, 0, 0, 0);

export function mtimeOf(node: LiveNode, now: number): number {
  return node.mtime ?? Math.min(UNKNOWN_MTIME, now);
}

interface TimeSettable {
  setTime(path: string, mtime: number): FsResult<void>;
}

/**
 * Sets a file's time through the shell's filesystem (exec/timed-fs.ts), which can; any other
 * filesystem is only touched.
 */
export function setFileTime(fs: FileSystem, path: string, mtime: number): FsResult<void> {
  const settable = fs as Partial<TimeSettable>;
  if (typeof settable.setTime === 'function') return settable.setTime(path, mtime);
  return fs.touch(path);
}

/** A copy of a tree without recorded times (what `tar -c` keeps: archives stay content). */
export function withoutTimes(node: LiveNode): LiveNode {
  if (node.kind !== 'dir') {
    if (node.mtime === undefined) return node;
    const { mtime: _m, ...rest } = node;
    return rest;
  }
  const children: Record<string, LiveNode | (typeof node.children)[string]> = {};
  for (const [name, child] of Object.entries(node.children)) {
    Object.defineProperty(children, name, {
      value: child.kind === 'whiteout' ? child : withoutTimes(child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const { mtime: _m, ...rest } = node;
  return { ...rest, children };
}

/** A copy of a tree with every node's time set (cp without -p, tar -x of untimed members). */
export function withTimes(node: LiveNode, mtime: number, onlyMissing = false): LiveNode {
  const time = onlyMissing ? (node.mtime ?? mtime) : mtime;
  if (node.kind !== 'dir') return node.mtime === time ? node : { ...node, mtime: time };
  const children: Record<string, (typeof node.children)[string]> = {};
  for (const [name, child] of Object.entries(node.children)) {
    Object.defineProperty(children, name, {
      value: child.kind === 'whiteout' ? child : withTimes(child, mtime, onlyMissing),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...node, mtime: time, children };
}

/** A date as `date -d` and `touch -d` read it: `@seconds`, ISO forms, "YYYY-MM-DD HH:MM[:SS]". */
export function parseDateString(spec: string, now: number): number | undefined {
  const text = spec.trim();
  if (text.startsWith('@')) {
    const seconds = Number(text.slice(1));
    return Number.isFinite(seconds) && text.length > 1 ? seconds * 1000 : undefined;
  }
  if (text === 'now' || text === '') return now;
  const utc = text.replace(/\s+UTC$/i, 'Z');
  const parsed = Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(utc)
      ? utc.replace(' ', 'T')
      : `${utc.replace(' ', 'T')}${utc.includes(':') ? 'Z' : 'T00:00:00Z'}`,
  );
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** touch -t's [[CC]YY]MMDDhhmm[.ss], in UTC (containers have no TZ). */
export function parseTouchStamp(spec: string, now: number): number | undefined {
  const m = /^((?:[0-9]{2}){4,6})(?:\.([0-9]{2}))?$/.exec(spec);
  if (!m) return undefined;
  const digits = m[1] as string;
  const tail = digits.slice(-8);
  let year = new Date(now).getUTCFullYear();
  if (digits.length === 10) {
    const yy = Number(digits.slice(0, 2));
    year = yy >= 69 ? 1900 + yy : 2000 + yy;
  } else if (digits.length === 12) year = Number(digits.slice(0, 4));
  const [month, day, hour, minute] = [0, 2, 4, 6].map((i) => Number(tail.slice(i, i + 2)));
  const second = Number(m[2] ?? '0');
  if (
    month! < 1 ||
    month! > 12 ||
    day! < 1 ||
    day! > 31 ||
    hour! > 23 ||
    minute! > 59 ||
    second > 60
  )
    return undefined;
  return Date.UTC(year, month! - 1, day, hour, minute, second);
}
