/**
 * Environment replacement: the builder expands `$VAR` in the arguments of ADD, COPY, ENV,
 * EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME and WORKDIR with the stage's ENV and ARG values.
 * RUN, CMD and ENTRYPOINT are left for the shell in the container.
 */
import { expandWord, expandWords } from '../dockerfile';
import type { Command } from '../dockerfile/commands/types';

type Lookup = (name: string) => string | undefined;
export type Expanded = { ok: true; value: Command } | { ok: false; error: string };

export function expandCommand(command: Command, lookup: Lookup, escapeToken: string): Expanded {
  const opts = { escapeToken };
  const one = (word: string) => expandWord(word, lookup, opts);
  const many = (words: readonly string[]) => {
    const out: string[] = [];
    for (const word of words) {
      const r = expandWords(word, lookup, opts);
      if (!r.ok) return r;
      out.push(...r.value);
    }
    return { ok: true as const, value: out };
  };
  const each = (words: readonly string[]) => {
    const out: string[] = [];
    for (const word of words) {
      const r = one(word);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true as const, value: out };
  };
  const pairs = (list: readonly { key: string; value: string; legacy: boolean }[]) => {
    const out = [];
    for (const pair of list) {
      const key = one(pair.key);
      const value = one(pair.value);
      if (!key.ok) return key;
      if (!value.ok) return value;
      out.push({ ...pair, key: key.value, value: value.value });
    }
    return { ok: true as const, value: out };
  };
  switch (command.kind) {
    case 'ENV':
    case 'LABEL': {
      const r = pairs(command.pairs);
      return r.ok ? { ok: true, value: { ...command, pairs: r.value } } : r;
    }
    case 'EXPOSE': {
      const r = many(command.ports);
      return r.ok ? { ok: true, value: { ...command, ports: r.value } } : r;
    }
    case 'VOLUME': {
      const r = command.json
        ? { ok: true as const, value: command.volumes }
        : many(command.volumes);
      return r.ok ? { ok: true, value: { ...command, volumes: r.value } } : r;
    }
    case 'USER': {
      const r = one(command.user);
      return r.ok ? { ok: true, value: { ...command, user: r.value } } : r;
    }
    case 'STOPSIGNAL': {
      const r = one(command.signal);
      return r.ok ? { ok: true, value: { ...command, signal: r.value } } : r;
    }
    case 'WORKDIR': {
      const r = one(command.path);
      return r.ok ? { ok: true, value: { ...command, path: r.value } } : r;
    }
    case 'COPY':
    case 'ADD': {
      // The JSON form expands each item too, without splitting it (20.10 oracle:
      // COPY ["a.txt", "$D/c.txt"] copies to /dst/c.txt).
      const sources = command.json ? each(command.sources) : many(command.sources);
      if (!sources.ok) return sources;
      const dest = one(command.dest);
      if (!dest.ok) return dest;
      const chown = command.chown !== undefined ? one(command.chown) : undefined;
      if (chown && !chown.ok) return chown;
      const from =
        command.kind === 'COPY' && command.from !== undefined ? one(command.from) : undefined;
      if (from && !from.ok) return from;
      return {
        ok: true,
        value: {
          ...command,
          sources: sources.value,
          dest: dest.value,
          ...(chown ? { chown: chown.value } : {}),
          ...(from ? { from: from.value } : {}),
        } as Command,
      };
    }
    default:
      return { ok: true, value: command };
  }
}
